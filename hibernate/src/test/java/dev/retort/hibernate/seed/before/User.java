package dev.retort.hibernate.seed.before;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The seed's {@code User} before the change: {@code id} and an indexed {@code name}. */
@Entity
@Table(name = "users", indexes = @Index(name = "ix_users_name", columnList = "name"))
public class User {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Integer id;

	String name;

}
