package dev.retort.core.api;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link PasswordMask}: a password is masked where it stands as a value, and never as a
 * piece of other words (issue 17, item 6).
 */
class PasswordMaskTests {

	private static final String POSTGRES_ROLE = "Database error: FATAL: role \"nobody\" does not exist."
			+ " Check the connection settings (migrate.url, --url) and that the database is up.";

	@ParameterizedTest
	@ValueSource(strings = { "t", "a", "e", "in", "no", "es", "not", "the", "ole", "role", "does", "exist", "url" })
	void shortPasswordsThatAreCommonSubstringsLeaveProseAlone(String password) {
		PasswordMask mask = PasswordMask.of(List.of("jdbc:postgresql://127.0.0.1:5432/postgres"), password);
		assertThat(mask.mask(POSTGRES_ROLE)).isEqualTo(POSTGRES_ROLE);
		assertThat(mask.reveals(POSTGRES_ROLE)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "t", "in", "not", "role" })
	void shortPasswordsAreMaskedWhereTheyStandAsValues(String password) {
		PasswordMask mask = PasswordMask.of(List.of(), password);
		assertThat(mask.mask("Incorrect port value : " + password + "@127.0.0.1"))
			.isEqualTo("Incorrect port value : ****@127.0.0.1");
		assertThat(mask.mask("UnknownHostException: postgres:" + password + "@db"))
			.isEqualTo("UnknownHostException: postgres:****@db");
		assertThat(mask.mask("jdbc:h2:mem:x;PASSWORD=" + password + ";MODE=PostgreSQL"))
			.isEqualTo("jdbc:h2:mem:x;PASSWORD=****;MODE=PostgreSQL");
	}

	@Test
	void urlUserInfoAndPasswordParametersAreMaskedWhateverTheConfiguredPassword() {
		PasswordMask mask = PasswordMask.of(List.of(), null);
		assertThat(mask.mask("jdbc:postgresql://app:hunter2@db:5432/x?user=app&password=hunter2&ssl=true"))
			.isEqualTo("jdbc:postgresql://app:****@db:5432/x?user=app&password=****&ssl=true");
	}

	@Test
	void passwordInsideTheConfiguredUrlIsMaskedWhereADriverQuotesIt() {
		PasswordMask mask = PasswordMask.of(List.of("jdbc:mariadb://root:s3cr3t@127.0.0.1:3306/x"), null);
		assertThat(mask.mask("Incorrect port value : s3cr3t@127.0.0.1:3306")).doesNotContain("s3cr3t");
		assertThat(mask.mask("the word s3cr3ts stays")).isEqualTo("the word s3cr3ts stays");
	}

	@Test
	void quotedUrlKeepsItsClosingQuoteWhenThePasswordIsKnown() {
		PasswordMask mask = PasswordMask.of(List.of("jdbc:postgres://db/x?user=app&password=s3cr3t"), null);
		assertThat(mask.mask("url 'jdbc:postgres://db/x?user=app&password=s3cr3t'. Did you mean ...?"))
			.isEqualTo("url 'jdbc:postgres://db/x?user=app&password=****'. Did you mean ...?");
		assertThat(mask.mask("(password=s3cr3t)")).isEqualTo("(password=****)");
	}

	@Test
	void unknownPasswordBeginningLikeAKnownOneIsMaskedWhole() {
		PasswordMask mask = PasswordMask.of(List.of(), "ab");
		assertThat(mask.mask("jdbc:h2:mem:x;PASSWORD=abcdef'")).isEqualTo("jdbc:h2:mem:x;PASSWORD=****");
		assertThat(mask.mask("?password=ab'x")).isEqualTo("?password=****");
		assertThat(mask.mask("?password=other' and")).isEqualTo("?password=**** and");
		assertThat(mask.mask("?password=ab!")).isEqualTo("?password=****");
	}

	@Test
	void longerKnownPasswordWinsOverOneItBeginsWith() {
		PasswordMask mask = PasswordMask.of(List.of("jdbc:postgresql://db/x?password=ab'c"), "ab");
		assertThat(mask.mask("'jdbc:postgresql://db/x?password=ab'c'")).isEqualTo("'jdbc:postgresql://db/x?password=****'");
	}

	@Test
	void failureWithoutThePasswordIsKeptAsItIs() {
		SQLException failure = new SQLException(POSTGRES_ROLE, "28000");
		assertThat((Throwable) PasswordMask.of(List.of(), "role").maskFailure(failure)).isSameAs(failure);
	}

	@Test
	void failureQuotingThePasswordIsCopiedMaskedWithItsCauses() {
		SQLException failure = new SQLException("Could not connect", "08001",
				new IllegalArgumentException("Incorrect port value : pw@host"));
		SQLException masked = PasswordMask.of(List.of(), "pw").maskFailure(failure);
		assertThat(masked.getMessage()).isEqualTo("Could not connect (caused by java.lang.IllegalArgumentException:"
				+ " Incorrect port value : ****@host)");
		assertThat(masked.getSQLState()).isEqualTo("08001");
		assertThat(masked.getCause()).isNull();
	}

}
