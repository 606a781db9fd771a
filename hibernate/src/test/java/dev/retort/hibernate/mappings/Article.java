package dev.retort.hibernate.mappings;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.annotations.Check;
import org.hibernate.annotations.Comment;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@Table(name = "articles", indexes = @Index(name = "ix_articles_title", columnList = "title, lang"),
		uniqueConstraints = @UniqueConstraint(name = "uk_articles_slug_lang", columnNames = { "slug", "lang" }))
@Comment("Published articles")
@Check(name = "ck_articles_words", constraints = "word_count >= 0")
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotBlank
	@Size(max = 120)
	private String title;

	@NotNull
	private String slug;

	@Column(length = 5, nullable = false)
	private String lang;

	private int wordCount;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.ORDINAL)
	private Priority priority;

	@Min(0)
	@Max(10)
	private Integer rating;

	@Column(columnDefinition = "varchar(2000)")
	private String body;

	// as written: H2 makes text a CHARACTER VARYING, PostgreSQL and MariaDB a text
	@Column(columnDefinition = "text")
	private String notes;

	@Comment("Shown in lists")
	@Column(length = 300)
	private String summary;

	@Column(precision = 10, scale = 2)
	private BigDecimal price;

	@ElementCollection
	@CollectionTable(name = "article_tags", joinColumns = @JoinColumn(name = "article_id"))
	@Column(name = "tag", length = 40)
	private Set<String> tags = new HashSet<>();

	@ManyToOne(optional = false)
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Author author;

	public enum Status {

		DRAFT, PUBLISHED, RETRACTED

	}

	public enum Priority {

		LOW, NORMAL, HIGH

	}

}
