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
		// Retort's own table survives: Hibernate did not create-drop the schema
		assertThat(this.retort.history()).hasSize(2);
	}

}
