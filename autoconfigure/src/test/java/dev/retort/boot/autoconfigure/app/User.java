package dev.retort.boot.autoconfigure.app;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The {@code users} table that the test revisions create.
 */
@Entity
@Table(name = "users")
public class User {

	@Id
	private Long id = 0L;

	private String name = "";

	private @Nullable String email;

	protected User() {
	}

	public User(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

}
