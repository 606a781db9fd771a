package dev.retort.cli;

import dev.retort.core.autogenerate.DatabaseTarget;
import dev.retort.core.autogenerate.ModelSource;
import dev.retort.core.autogenerate.SchemaModel;

/**
 * A model whose building started before the comparison asked for it, for the database as read
 * then; for any other database it is built again, as asked.
 */
final class EarlyModel implements ModelSource {

	private final ModelSource source;

	private final Background<Built> built;

	EarlyModel(ModelSource source, Background<Built> built) {
		this.source = source;
		this.built = built;
	}

	static Built build(ModelSource source, DatabaseTarget target) {
		return new Built(target, source.load(target));
	}

	@Override
	public SchemaModel load(DatabaseTarget target) {
		Built early = this.built.join();
		return early.target().equals(target) ? early.model() : this.source.load(target);
	}

	/** The model and the database it was built for. */
	record Built(DatabaseTarget target, SchemaModel model) {
	}

}
