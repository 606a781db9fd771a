package dev.retort.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.retort.core.api.Retort;
import dev.retort.core.autogenerate.DatabaseTarget;
import dev.retort.core.autogenerate.ModelSource;
import dev.retort.core.autogenerate.SchemaModel;

/**
 * A model whose building starts before the comparison asks for it ({@link #build} on a thread of
 * its own), for the database as read on a connection of its own. Whoever comes first decides: if
 * the comparison asks before that connection answered (a pool with one connection, held by the
 * comparison, would never answer), it builds the model itself and the early build gives up; a
 * comparison for another database builds its own as well.
 */
final class EarlyModel implements ModelSource {

	private final Background<ModelSource> scan;

	private final AtomicBoolean taken = new AtomicBoolean();

	private final CompletableFuture<DatabaseTarget> target = new CompletableFuture<>();

	private final CompletableFuture<SchemaModel> model = new CompletableFuture<>();

	EarlyModel(Background<ModelSource> scan) {
		this.scan = scan;
	}

	/**
	 * The early build: the scanned classes mapped for the database as read now, unless the
	 * comparison asked first.
	 * @param engine reads the database's product and version
	 */
	void build(Retort engine) {
		ModelSource source = this.scan.join();
		DatabaseTarget early = engine.databaseTarget();
		if (!this.taken.compareAndSet(false, true)) {
			return;
		}
		this.target.complete(early);
		try {
			this.model.complete(source.load(early));
		}
		catch (RuntimeException | Error ex) {
			this.model.completeExceptionally(ex);
		}
	}

	@Override
	public SchemaModel load(DatabaseTarget wanted) {
		if (this.taken.compareAndSet(false, true)) {
			return this.scan.join().load(wanted);
		}
		// the early build holds the target (it completes it right after taking the model)
		if (!this.target.join().equals(wanted)) {
			return this.scan.join().load(wanted);
		}
		try {
			return this.model.join();
		}
		catch (CompletionException ex) {
			throw Background.rethrow(ex.getCause());
		}
	}

}
