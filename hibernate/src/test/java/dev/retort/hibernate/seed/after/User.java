package dev.retort.hibernate.seed.after;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The seed's {@code User} after adding {@code email}. */
@Entity
@Table(name = "users", indexes = @Index(name = "ix_users_name", columnList = "name"))
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Integer id;

	String name;

	private String email;

}
