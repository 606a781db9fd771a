package dev.retort.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import dev.retort.core.api.Retort;
import dev.retort.core.autogenerate.DatabaseTarget;
import dev.retort.core.autogenerate.ModelSource;
import dev.retort.core.autogenerate.SchemaModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The model built before the comparison asks for it: built once, whoever comes first. */
class EarlyModelTests {

	private final Retort engine = Retort.configure()
		.url("jdbc:h2:mem:early_model", null, null)
		.locations("classpath:db/no-revisions")
		.load();

	private final List<DatabaseTarget> loads = new CopyOnWriteArrayList<>();

	private final ModelSource source = (target) -> {
		this.loads.add(target);
		return new SchemaModel(List.of(), List.of());
	};

	@Test
	void earlyBuildIsTheComparisonsModelForTheSameDatabase() {
		EarlyModel model = new EarlyModel(Background.start("scan", () -> this.source));
		model.build(this.engine);
		DatabaseTarget target = this.engine.databaseTarget();
		assertThat(model.load(target)).isNotNull();
		assertThat(this.loads).containsExactly(target);
	}

	@Test
	void comparisonAskingFirstBuildsItselfAndTheEarlyBuildGivesUp() {
		EarlyModel model = new EarlyModel(Background.start("scan", () -> this.source));
		DatabaseTarget target = this.engine.databaseTarget();
		model.load(target);
		model.build(this.engine);
		assertThat(this.loads).containsExactly(target);
	}

	@Test
	void anotherDatabaseGetsAModelOfItsOwn() {
		EarlyModel model = new EarlyModel(Background.start("scan", () -> this.source));
		model.build(this.engine);
		DatabaseTarget other = new DatabaseTarget("postgresql", "PostgreSQL", 17, 0);
		model.load(other);
		assertThat(this.loads).hasSize(2).endsWith(other);
	}

	@Test
	void earlyBuildFailureIsTheComparisonsFailure() {
		ModelSource failing = (target) -> {
			throw new IllegalStateException("no mapping");
		};
		EarlyModel model = new EarlyModel(Background.start("scan", () -> failing));
		model.build(this.engine);
		assertThatThrownBy(() -> model.load(this.engine.databaseTarget())).isInstanceOf(IllegalStateException.class)
			.hasMessage("no mapping");
	}

}
