package dev.retort.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A user, stored in the {@code users} table that the sample's revisions create.
 *
 * @since 0.1.0
 */
@Entity
@Table(name = "users")
public class User {

	// A sequence works the same on H2, PostgreSQL and MariaDB; revision 1975ea83b712 creates it.
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
	@SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 50)
	private @Nullable Long id;

	@Column(nullable = false)
	private String name = "";

	private @Nullable String email;

	protected User() {
	}

	public User(String name, @Nullable String email) {
		this.name = name;
		this.email = email;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

}
