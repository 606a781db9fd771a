package dev.retort.boot.autoconfigure.app;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import dev.retort.core.api.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} includes Retort: the embedded test database gets the revisions and
 * Hibernate's {@code ddl-auto} default stays away from the schema Retort manages.
 */
@DataJpaTest
class DataJpaTestSliceTests {

	@Autowired
	private TestEntityManager entityManager;

	@Autowired
	private Retort retort;

	@Test
	void sliceShouldRunRevisionsBeforeJpa() {
		assertThat(this.retort.current()).containsExactly("ae1027a6acf0");
		this.entityManager.persistAndFlush(new User(7L, "Grace"));
		this.entityManager.clear();
		assertThat(this.entityManager.find(User.class, 7L).getName()).isEqualTo("Grace");
		assertThat(this.retort.history()).hasSize(2);
	}

	@Test
	void sliceShouldLeaveTheSchemaToRetort() {
		// The revision declares name NOT NULL and the entity does not: Hibernate's create-drop, the
		// default for embedded databases without Retort, would have made it nullable.
		Object nullable = this.entityManager.getEntityManager()
			.createNativeQuery("SELECT is_nullable FROM information_schema.columns"
					+ " WHERE table_schema = 'PUBLIC' AND table_name = 'USERS' AND column_name = 'NAME'")
			.getSingleResult();
		assertThat(nullable).isEqualTo("NO");
	}

}
