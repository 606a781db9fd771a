package dev.retort.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java sources of a generated JPA domain model for workload E: {@code count} entities in ten
 * packages, mapped the ways applications map them. Every entity extends a {@code @MappedSuperclass}
 * (id, {@code @Version}, audit columns) and has strings of several lengths, a decimal, a date, a
 * timestamp, a boolean, enums stored as text (with Hibernate's check) and as ordinals, an
 * {@code @Embedded} address, an index and a unique constraint, and a {@code @ManyToOne} to the entity
 * before it. Besides: every third one a second {@code @ManyToOne} with {@code @OnDelete}, every
 * fourth the inverse {@code @OneToMany}, every fifth its own sequence, every seventh a
 * {@code columnDefinition = "text"} column and a {@code @Comment}, every tenth a
 * {@code @ManyToMany} join table, every fifteenth an {@code @ElementCollection}.
 *
 * <p>{@code variant} 1 adds one column to every tenth entity, for a run that finds changes.
 */
final class EntitySources {

	static final String BASE_PACKAGE = "bench.domain";

	private EntitySources() {
	}

	/**
	 * Write the sources under {@code folder}.
	 * @param folder the source root
	 * @param count how many entities
	 * @param variant 0 for the model as created, 1 for the model with added columns
	 * @return the files written
	 * @throws IOException when a file cannot be written
	 */
	static List<Path> write(Path folder, int count, int variant) throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(write(folder, "common", "Status", """
				public enum Status { NEW, ACTIVE, SUSPENDED, CLOSED }
				"""));
		files.add(write(folder, "common", "Priority", """
				public enum Priority { LOW, NORMAL, HIGH, URGENT }
				"""));
		files.add(write(folder, "common", "Address", """
				@jakarta.persistence.Embeddable
				public class Address {
					@jakarta.persistence.Column(length = 160) private String street;
					@jakarta.persistence.Column(length = 80, nullable = false) private String city;
					@jakarta.persistence.Column(name = "postal_code", length = 12) private String zip;
					@jakarta.persistence.Column(length = 2) private String country;
				}
				"""));
		files.add(write(folder, "common", "Audited", """
				@jakarta.persistence.MappedSuperclass
				public abstract class Audited {
					@jakarta.persistence.Version private Long version;
					@jakarta.persistence.Column(nullable = false, updatable = false) private java.time.Instant createdAt;
					@jakarta.persistence.Column(length = 64) private String createdBy;
					private java.time.Instant updatedAt;
				}
				"""));
		for (int i = 0; i < count; i++) {
			files.add(write(folder, "m" + (i % 10), name(i), entity(i, count, variant)));
		}
		return files;
	}

	static String name(int i) {
		return "Item" + i;
	}

	private static String type(int i) {
		return BASE_PACKAGE + ".m" + (i % 10) + "." + name(i);
	}

	private static String entity(int i, int count, int variant) {
		String table = "item_" + i;
		StringBuilder body = new StringBuilder();
		body.append("@jakarta.persistence.Entity\n");
		body.append("@jakarta.persistence.Table(name = \"").append(table).append("\", indexes = {")
			.append("@jakarta.persistence.Index(name = \"ix_").append(table).append("_code\", columnList = \"code\"), ")
			.append("@jakarta.persistence.Index(name = \"ix_").append(table).append("_status_created\", columnList = \"status, created_at\")}, ")
			.append("uniqueConstraints = @jakarta.persistence.UniqueConstraint(name = \"uk_").append(table)
			.append("_ref\", columnNames = {\"ref_no\", \"tenant\"}))\n");
		if (i % 7 == 0) {
			body.append("@org.hibernate.annotations.Comment(\"Generated entity ").append(i).append("\")\n");
		}
		body.append("public class ").append(name(i)).append(" extends bench.domain.common.Audited {\n");
		if (i % 5 == 0) {
			String generator = "gen_" + i;
			body.append("\t@jakarta.persistence.Id @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.SEQUENCE, generator = \"")
				.append(generator).append("\")\n\t@jakarta.persistence.SequenceGenerator(name = \"").append(generator)
				.append("\", sequenceName = \"").append(table).append("_seq\", initialValue = ").append(1 + i)
				.append(", allocationSize = 20)\n\tprivate Long id;\n");
		}
		else {
			body.append("\t@jakarta.persistence.Id @jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)\n\tprivate Long id;\n");
		}
		body.append("\t@jakarta.persistence.Column(nullable = false, length = 120) private String name;\n");
		body.append("\t@jakarta.persistence.Column(length = 40) private String code;\n");
		body.append("\t@jakarta.persistence.Column(name = \"ref_no\", length = 30, nullable = false) private String refNo;\n");
		body.append("\t@jakarta.persistence.Column(length = 20, nullable = false) private String tenant;\n");
		body.append("\tprivate String description;\n");
		body.append("\t@jakarta.persistence.Column(precision = 12, scale = 2) private java.math.BigDecimal amount;\n");
		body.append("\tprivate Integer quantity;\n");
		body.append("\tprivate long counter;\n");
		body.append("\tprivate boolean active;\n");
		body.append("\tprivate double ratio;\n");
		body.append("\tprivate java.time.LocalDate dueOn;\n");
		body.append("\tprivate java.time.LocalDateTime lastSeen;\n");
		body.append("\tprivate java.util.UUID externalId;\n");
		body.append("\t@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) @jakarta.persistence.Column(length = 16, nullable = false)\n\tprivate bench.domain.common.Status status;\n");
		body.append("\t@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.ORDINAL) private bench.domain.common.Priority priority;\n");
		body.append("\t@jakarta.persistence.Embedded private bench.domain.common.Address address;\n");
		if (i > 0) {
			body.append("\t@jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY) @jakarta.persistence.JoinColumn(name = \"parent_id\")\n\tprivate ")
				.append(type(i - 1)).append(" parent;\n");
		}
		if (i % 3 == 0 && i > 0) {
			body.append("\t@jakarta.persistence.ManyToOne(optional = false) @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)\n\tprivate ")
				.append(type(i / 2)).append(" owner;\n");
		}
		if (i % 4 == 0 && i + 1 < count) {
			body.append("\t@jakarta.persistence.OneToMany(mappedBy = \"parent\") private java.util.List<")
				.append(type(i + 1)).append("> children;\n");
		}
		if (i % 7 == 0) {
			body.append("\t@jakarta.persistence.Column(columnDefinition = \"text\") @org.hibernate.annotations.Comment(\"Free text\")\n\tprivate String notes;\n");
		}
		if (i % 10 == 0 && i >= 3) {
			body.append("\t@jakarta.persistence.ManyToMany private java.util.Set<").append(type(i - 3)).append("> related;\n");
		}
		if (i % 15 == 0) {
			body.append("\t@jakarta.persistence.ElementCollection @jakarta.persistence.CollectionTable(name = \"").append(table)
				.append("_tags\") @jakarta.persistence.Column(name = \"tag\", length = 40)\n\tprivate java.util.Set<String> tags;\n");
		}
		if (variant == 1 && i % 10 == 0) {
			body.append("\t@jakarta.persistence.Column(length = 200) private String email;\n");
		}
		body.append("}\n");
		return body.toString();
	}

	private static Path write(Path folder, String subpackage, String name, String body) throws IOException {
		String packageName = BASE_PACKAGE + "." + subpackage;
		Path file = folder.resolve(packageName.replace('.', '/')).resolve(name + ".java");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "package " + packageName + ";\n\n" + body);
		return file;
	}

}
