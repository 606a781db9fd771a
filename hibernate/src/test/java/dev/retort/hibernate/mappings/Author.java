package dev.retort.hibernate.mappings;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.NotEmpty;

@Entity
public class Author {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_ids")
	@SequenceGenerator(name = "author_ids", sequenceName = "authors_seq", initialValue = 100, allocationSize = 10)
	private Long id;

	@NotEmpty
	private String displayName;

	@Column(unique = true)
	private String email;

	@ManyToMany
	private Set<Article> favouriteArticles = new HashSet<>();

}
