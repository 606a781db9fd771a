package dev.retort.boot.actuate;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.context.ApplicationContext;
import org.springframework.util.Assert;

import dev.retort.boot.autoconfigure.TenantMigrations;
import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.HistoryEntry;
import dev.retort.core.api.MigrationResult;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.Status;
import dev.retort.core.graph.RevisionHeader;

/**
 * {@link Endpoint @Endpoint} that shows, per application context and per {@link Retort} bean,
 * where the database stands: the current heads, what is pending in the order it would run, and
 * every revision with its applied state. Read-only by default; granting
 * {@code management.endpoint.migrations.access=unrestricted} adds an operation that upgrades or
 * downgrades.
 *
 * @since 0.1.0
 */
@Endpoint(id = "migrations", defaultAccess = Access.READ_ONLY)
public class MigrationsEndpoint {

	/** Errors of the request rather than the database: answered with 400. */
	private static final Set<ErrorCode> REQUEST_ERRORS = Set.of(ErrorCode.REVISION_NOT_FOUND,
			ErrorCode.AMBIGUOUS_REVISION, ErrorCode.MULTIPLE_HEADS, ErrorCode.INVALID_TARGET, ErrorCode.INVALID_PLAN,
			ErrorCode.INVALID_ARGUMENT, ErrorCode.IRREVERSIBLE_REVISION, ErrorCode.INVALID_REVISION_ID);

	private final ApplicationContext context;

	private final MigrationFailures failures;

	private final MigrationInterceptor interceptor;

	/**
	 * Create an endpoint for the {@link Retort} beans of a context and its ancestors.
	 * @param context the application context
	 * @param failures failures seen in this process
	 * @param interceptor wraps the migrations the write operation runs
	 */
	public MigrationsEndpoint(ApplicationContext context, MigrationFailures failures, MigrationInterceptor interceptor) {
		Assert.notNull(context, "'context' must not be null");
		Assert.notNull(failures, "'failures' must not be null");
		Assert.notNull(interceptor, "'interceptor' must not be null");
		this.context = context;
		this.failures = failures;
		this.interceptor = interceptor;
	}

	/**
	 * Describe every {@link Retort} bean.
	 * @return the description
	 */
	@ReadOperation
	public MigrationsDescriptor migrations() {
		TenantMigrations tenants = this.context.getBeanProvider(TenantMigrations.class).getIfAvailable();
		return new MigrationsDescriptor(perContext((name, retort) -> describe(retort)),
				(tenants != null) ? TenantDescriptor.of(tenants) : null);
	}

	/**
	 * Describe one revision in every {@link Retort} bean that knows it.
	 * @param revision a revision id, unique prefix or branch label
	 * @return the description, or {@code null} (404) when no bean knows the revision
	 */
	@ReadOperation
	public @Nullable RevisionMatchesDescriptor revision(@Selector String revision) {
		Map<@Nullable String, ContextDescriptor<RevisionDetailDescriptor>> contexts = perContext(
				(name, retort) -> find(retort, revision).map((found) -> detail(retort, found)).orElse(null));
		contexts.values().removeIf((context) -> context.getMigrations().isEmpty());
		return contexts.isEmpty() ? null : new RevisionMatchesDescriptor(contexts);
	}

	/**
	 * Upgrade or downgrade the database of one {@link Retort} bean; only available when access to
	 * the endpoint is unrestricted.
	 * @param target the target, for example {@code heads}, an id, {@code +1}, {@code -1} or
	 * {@code base}
	 * @param direction {@code upgrade} (the default) or {@code downgrade}
	 * @param bean the name of the {@link Retort} bean; needed only when there are several
	 * @return what ran
	 */
	@WriteOperation
	public MigrationResultDescriptor migrate(String target, @Nullable String direction, @Nullable String bean) {
		String operation = (direction != null) ? direction : "upgrade";
		if (!operation.equals("upgrade") && !operation.equals("downgrade")) {
			throw new InvalidEndpointRequestException("Unknown direction '" + operation
					+ "'; use 'upgrade' or 'downgrade'", "Invalid direction");
		}
		Map.Entry<String, Retort> engine = engine(bean);
		Retort retort = engine.getValue();
		try {
			MigrationResult result = this.interceptor.intercept(operation, target,
					() -> operation.equals("upgrade") ? retort.upgrade(target) : retort.downgrade(target));
			return new MigrationResultDescriptor(engine.getKey(), operation, target, result);
		}
		catch (RetortException ex) {
			if (REQUEST_ERRORS.contains(ex.code())) {
				throw new InvalidEndpointRequestException(String.valueOf(ex.getMessage()), ex.code().name());
			}
			throw ex;
		}
	}

	private <T> Map<@Nullable String, ContextDescriptor<T>> perContext(
			BiFunction<String, Retort, @Nullable T> describer) {
		Map<@Nullable String, ContextDescriptor<T>> contexts = new LinkedHashMap<>();
		ApplicationContext target = this.context;
		while (target != null) {
			Map<String, T> beans = new LinkedHashMap<>();
			target.getBeansOfType(Retort.class, false, false).forEach((name, retort) -> {
				T description = describer.apply(name, retort);
				if (description != null) {
					beans.put(name, description);
				}
			});
			ApplicationContext parent = target.getParent();
			contexts.put(target.getId(), new ContextDescriptor<>(beans, (parent != null) ? parent.getId() : null));
			target = parent;
		}
		return contexts;
	}

	private Map.Entry<String, Retort> engine(@Nullable String bean) {
		Map<String, Retort> engines = new LinkedHashMap<>();
		ApplicationContext target = this.context;
		while (target != null) {
			target.getBeansOfType(Retort.class, false, false).forEach(engines::putIfAbsent);
			target = target.getParent();
		}
		if (bean != null) {
			Retort retort = engines.get(bean);
			if (retort == null) {
				throw new InvalidEndpointRequestException("No Retort bean named '" + bean + "'; known beans: "
						+ engines.keySet(), "Unknown bean");
			}
			return Map.entry(bean, retort);
		}
		if (engines.size() != 1) {
			throw new InvalidEndpointRequestException("Found " + engines.size() + " Retort beans " + engines.keySet()
					+ "; name one with \"bean\" in the request body", "Missing bean");
		}
		return engines.entrySet().iterator().next();
	}

	private static Optional<RevisionHeader> find(Retort retort, String revision) {
		try {
			return Optional.of(retort.graph().get(revision));
		}
		catch (RetortException ex) {
			if (ex.code() == ErrorCode.REVISION_NOT_FOUND) {
				return Optional.empty();
			}
			if (ex.code() == ErrorCode.AMBIGUOUS_REVISION) {
				throw new InvalidEndpointRequestException(String.valueOf(ex.getMessage()), ex.code().name());
			}
			throw ex;
		}
	}

	private RetortDescriptor describe(Retort retort) {
		Status status = retort.status();
		RevisionStates states = new RevisionStates(retort, status, this.failures);
		List<RevisionDescriptor> history = retort.graph()
			.revisions()
			.stream()
			.map((revision) -> new RevisionDescriptor(revision, states))
			.toList();
		List<PendingRevisionDescriptor> pending = status.pending().stream().map(PendingRevisionDescriptor::new).toList();
		return new RetortDescriptor(status, pending, history);
	}

	private RevisionDetailDescriptor detail(Retort retort, RevisionHeader revision) {
		Status status = retort.status();
		return new RevisionDetailDescriptor(revision, new RevisionStates(retort, status, this.failures), status);
	}

	/**
	 * Description of an application's {@link Retort} beans.
	 */
	public static final class MigrationsDescriptor implements OperationResponseBody {

		private final Map<@Nullable String, ContextDescriptor<RetortDescriptor>> contexts;

		private final @Nullable Map<String, TenantDescriptor> tenants;

		private MigrationsDescriptor(Map<@Nullable String, ContextDescriptor<RetortDescriptor>> contexts,
				@Nullable Map<String, TenantDescriptor> tenants) {
			this.contexts = Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
			this.tenants = (tenants != null) ? Collections.unmodifiableMap(tenants) : null;
		}

		public Map<@Nullable String, ContextDescriptor<RetortDescriptor>> getContexts() {
			return this.contexts;
		}

		/**
		 * Each tenant's state, when the application has tenants ({@code migrate.tenants.*}).
		 * @return the tenants by name, or {@code null} without tenants
		 */
		public @Nullable Map<String, TenantDescriptor> getTenants() {
			return this.tenants;
		}

	}

	/**
	 * Description of one revision as every {@link Retort} bean that knows it sees it.
	 */
	public static final class RevisionMatchesDescriptor implements OperationResponseBody {

		private final Map<@Nullable String, ContextDescriptor<RevisionDetailDescriptor>> contexts;

		private RevisionMatchesDescriptor(Map<@Nullable String, ContextDescriptor<RevisionDetailDescriptor>> contexts) {
			this.contexts = Collections.unmodifiableMap(new LinkedHashMap<>(contexts));
		}

		public Map<@Nullable String, ContextDescriptor<RevisionDetailDescriptor>> getContexts() {
			return this.contexts;
		}

	}

	/**
	 * Description of one application context: a value per {@link Retort} bean name.
	 *
	 * @param <T> the description of a bean
	 */
	public static final class ContextDescriptor<T> {

		private final Map<String, T> migrations;

		private final @Nullable String parentId;

		private ContextDescriptor(Map<String, T> migrations, @Nullable String parentId) {
			this.migrations = Collections.unmodifiableMap(migrations);
			this.parentId = parentId;
		}

		public Map<String, T> getMigrations() {
			return this.migrations;
		}

		public @Nullable String getParentId() {
			return this.parentId;
		}

	}

	/**
	 * Description of one {@link Retort} bean: where its database stands.
	 */
	public static final class RetortDescriptor {

		private final List<String> current;

		private final List<String> heads;

		private final boolean upToDate;

		private final List<PendingRevisionDescriptor> pending;

		private final List<RevisionDescriptor> history;

		private RetortDescriptor(Status status, List<PendingRevisionDescriptor> pending,
				List<RevisionDescriptor> history) {
			this.current = status.current();
			this.heads = status.heads();
			this.upToDate = status.upToDate();
			this.pending = List.copyOf(pending);
			this.history = List.copyOf(history);
		}

		public List<String> getCurrent() {
			return this.current;
		}

		public List<String> getHeads() {
			return this.heads;
		}

		public boolean isUpToDate() {
			return this.upToDate;
		}

		public List<PendingRevisionDescriptor> getPending() {
			return this.pending;
		}

		public List<RevisionDescriptor> getHistory() {
			return this.history;
		}

	}

	/**
	 * Description of a revision that {@code upgrade heads} would run.
	 */
	public static final class PendingRevisionDescriptor {

		private final String revision;

		private final List<String> downRevisions;

		private final String message;

		private PendingRevisionDescriptor(RevisionHeader revision) {
			this.revision = revision.id();
			this.downRevisions = revision.downRevisions();
			this.message = revision.message();
		}

		public String getRevision() {
			return this.revision;
		}

		public List<String> getDownRevisions() {
			return this.downRevisions;
		}

		public String getMessage() {
			return this.message;
		}

	}

	/**
	 * Description of a revision of the graph and its state in the database.
	 */
	public static class RevisionDescriptor {

		private final String revision;

		private final List<String> downRevisions;

		private final List<String> branchLabels;

		private final String message;

		private final String state;

		private final @Nullable Instant appliedAt;

		private final @Nullable String appliedBy;

		private final @Nullable Long durationMs;

		private final @Nullable String checksum;

		private RevisionDescriptor(RevisionHeader revision, RevisionStates states) {
			RevisionState state = states.state(revision.id());
			Optional<HistoryEntry> run = states.lastRun(revision.id(), state);
			this.revision = revision.id();
			this.downRevisions = revision.downRevisions();
			this.branchLabels = states.branchLabels(revision.id());
			this.message = revision.message();
			this.state = state.label();
			this.appliedAt = run.map(HistoryEntry::startedAt).orElse(null);
			this.appliedBy = run.map(HistoryEntry::appliedBy).orElse(null);
			this.durationMs = run.map(HistoryEntry::durationMs).orElse(null);
			this.checksum = run.map(HistoryEntry::checksum).or(() -> states.checksum(revision.id())).orElse(null);
		}

		public String getRevision() {
			return this.revision;
		}

		public List<String> getDownRevisions() {
			return this.downRevisions;
		}

		public List<String> getBranchLabels() {
			return this.branchLabels;
		}

		public String getMessage() {
			return this.message;
		}

		public String getState() {
			return this.state;
		}

		public @Nullable Instant getAppliedAt() {
			return this.appliedAt;
		}

		public @Nullable String getAppliedBy() {
			return this.appliedBy;
		}

		public @Nullable Long getDurationMs() {
			return this.durationMs;
		}

		public @Nullable String getChecksum() {
			return this.checksum;
		}

	}

	/**
	 * Description of one revision in full: its place in the graph, its state and every step the
	 * history table records for it.
	 */
	public static final class RevisionDetailDescriptor extends RevisionDescriptor {

		private final List<String> dependsOn;

		private final String createDate;

		private final String source;

		private final boolean current;

		private final boolean head;

		private final @Nullable String error;

		private final List<StepDescriptor> steps;

		private RevisionDetailDescriptor(RevisionHeader revision, RevisionStates states, Status status) {
			super(revision, states);
			this.dependsOn = revision.dependsOn();
			this.createDate = revision.createDate();
			this.source = revision.source();
			this.current = status.current().contains(revision.id());
			this.head = status.heads().contains(revision.id());
			this.error = states.failure(revision.id()).map(MigrationFailures.Failure::message).orElse(null);
			this.steps = states.runs(revision.id()).stream().map(StepDescriptor::new).toList();
		}

		public List<String> getDependsOn() {
			return this.dependsOn;
		}

		public String getCreateDate() {
			return this.createDate;
		}

		public String getSource() {
			return this.source;
		}

		public boolean isCurrent() {
			return this.current;
		}

		public boolean isHead() {
			return this.head;
		}

		public @Nullable String getError() {
			return this.error;
		}

		public List<StepDescriptor> getSteps() {
			return this.steps;
		}

	}

	/**
	 * Description of one row of the history table.
	 */
	public static final class StepDescriptor {

		private final String operation;

		private final Instant startedAt;

		private final String appliedBy;

		private final long durationMs;

		private final boolean success;

		private final String checksum;

		private StepDescriptor(HistoryEntry entry) {
			this.operation = entry.operation();
			this.startedAt = entry.startedAt();
			this.appliedBy = entry.appliedBy();
			this.durationMs = entry.durationMs();
			this.success = entry.success();
			this.checksum = entry.checksum();
		}

		public String getOperation() {
			return this.operation;
		}

		public Instant getStartedAt() {
			return this.startedAt;
		}

		public String getAppliedBy() {
			return this.appliedBy;
		}

		public long getDurationMs() {
			return this.durationMs;
		}

		public boolean isSuccess() {
			return this.success;
		}

		public String getChecksum() {
			return this.checksum;
		}

	}

	/**
	 * Description of what the write operation ran.
	 */
	public static final class MigrationResultDescriptor implements OperationResponseBody {

		private final String bean;

		private final String operation;

		private final String target;

		private final List<String> headsBefore;

		private final List<String> headsAfter;

		private final List<AppliedStepDescriptor> steps;

		private MigrationResultDescriptor(String bean, String operation, String target, MigrationResult result) {
			this.bean = bean;
			this.operation = operation;
			this.target = target;
			this.headsBefore = result.headsBefore();
			this.headsAfter = result.headsAfter();
			this.steps = result.steps().stream().map(AppliedStepDescriptor::new).toList();
		}

		public String getBean() {
			return this.bean;
		}

		public String getOperation() {
			return this.operation;
		}

		public String getTarget() {
			return this.target;
		}

		public List<String> getHeadsBefore() {
			return this.headsBefore;
		}

		public List<String> getHeadsAfter() {
			return this.headsAfter;
		}

		public List<AppliedStepDescriptor> getSteps() {
			return this.steps;
		}

	}

	/**
	 * Description of one step the write operation ran.
	 */
	public static final class AppliedStepDescriptor {

		private final String revision;

		private final String operation;

		private final List<String> fromRevisions;

		private final List<String> toRevisions;

		private final String message;

		private final long durationMs;

		private AppliedStepDescriptor(AppliedStep applied) {
			this.revision = applied.step().revision().id();
			this.operation = applied.step().operation().label();
			this.fromRevisions = applied.step().fromRevisions();
			this.toRevisions = applied.step().toRevisions();
			this.message = applied.step().revision().message();
			this.durationMs = applied.duration().toMillis();
		}

		public String getRevision() {
			return this.revision;
		}

		public String getOperation() {
			return this.operation;
		}

		public List<String> getFromRevisions() {
			return this.fromRevisions;
		}

		public List<String> getToRevisions() {
			return this.toRevisions;
		}

		public String getMessage() {
			return this.message;
		}

		public long getDurationMs() {
			return this.durationMs;
		}

	}

}
