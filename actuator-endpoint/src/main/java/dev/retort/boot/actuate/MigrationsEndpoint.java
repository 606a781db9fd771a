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
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
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
import dev.retort.core.graph.render.GraphRenderer;

/**
 * {@link Endpoint @Endpoint} that shows, per application context and per {@link Retort} bean,
 * where the database stands: the current heads, what is pending in the order it would run, and
 * every revision with its applied state. JSON by default; a browser ({@code Accept: text/html}) gets
 * a read-only page with the revision graph, and {@code Accept: image/svg+xml} the graph alone, as
 * {@code ThreadDumpEndpoint} answers {@code text/plain}. Read-only by default; granting
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
	 * The same description as a page for a browser ({@code Accept: text/html}): per
	 * {@link Retort} bean, the revision graph coloured by state, the pending revisions and the
	 * history table as a timeline (who, when, how long). The page is self-contained (no script,
	 * nothing fetched from elsewhere) and only reads.
	 * @return the page
	 */
	@ReadOperation(produces = "text/html;charset=UTF-8")
	public String migrationsPage() {
		TenantMigrations tenants = this.context.getBeanProvider(TenantMigrations.class).getIfAvailable();
		return MigrationsPage.render(perContext((name, retort) -> {
			RetortDescriptor description = describe(retort);
			return new MigrationsPage.Section(description, retort.history(), graph(retort, description));
		}), (tenants != null) ? TenantDescriptor.of(tenants) : null);
	}

	/**
	 * The revision graph of one {@link Retort} bean as SVG ({@code Accept: image/svg+xml}),
	 * each revision coloured by its state.
	 * @param bean the name of the {@link Retort} bean; needed only when there are several
	 * @return the SVG document
	 */
	@ReadOperation(produces = "image/svg+xml")
	public String migrationsGraph(@Nullable String bean) {
		Retort retort;
		try {
			retort = engine(bean).getValue();
		}
		catch (InvalidRequest ex) {
			throw new InvalidEndpointRequestException(String.valueOf(ex.getMessage()), ex.code);
		}
		return graph(retort, describe(retort));
	}

	/**
	 * The graph with the states this endpoint reports; an applied revision in the version table is
	 * drawn as {@code current}, and a version-table row no revision defines as {@code unknown}.
	 */
	private static String graph(Retort retort, RetortDescriptor description) {
		Map<String, String> states = new LinkedHashMap<>();
		for (RevisionDescriptor revision : description.getHistory()) {
			boolean current = description.getCurrent().contains(revision.getRevision());
			String state = revision.getState();
			states.put(revision.getRevision(), (current && state.equals(RevisionState.APPLIED.label())) ? "current" : state);
		}
		for (String id : description.getCurrent()) {
			if (retort.graph().find(id).isEmpty()) {
				states.putIfAbsent(id, "unknown");
			}
		}
		return GraphRenderer.of(retort.graph()).states(states).svg();
	}

	/**
	 * Upgrade or downgrade the database of one {@link Retort} bean; only available when access to
	 * the endpoint is unrestricted. A request the engine cannot plan gets a 400 whose body says
	 * what is wrong ({@link RequestErrorDescriptor}); nothing ran then.
	 * @param target the target, for example {@code heads}, an id, {@code +1}, {@code -1} or
	 * {@code base}
	 * @param operation {@code upgrade} (the default) or {@code downgrade}, as the response and the
	 * history table name it
	 * @param direction an alias of {@code operation}, accepted for requests written before it
	 * @param bean the name of the {@link Retort} bean; needed only when there are several
	 * @return what ran, or the reason for a 400
	 */
	@WriteOperation
	public WebEndpointResponse<OperationResponseBody> migrate(@Nullable String target, @Nullable String operation,
			@Nullable String direction, @Nullable String bean) {
		try {
			return new WebEndpointResponse<>(run(target, operation(operation, direction), bean));
		}
		catch (InvalidRequest ex) {
			return new WebEndpointResponse<>(new RequestErrorDescriptor(ex.code, ex.getMessage()),
					WebEndpointResponse.STATUS_BAD_REQUEST);
		}
		catch (RetortException ex) {
			if (REQUEST_ERRORS.contains(ex.code())) {
				return new WebEndpointResponse<>(
						new RequestErrorDescriptor(ex.code().name(), String.valueOf(ex.getMessage())),
						WebEndpointResponse.STATUS_BAD_REQUEST);
			}
			throw ex;
		}
	}

	private static String operation(@Nullable String operation, @Nullable String direction) {
		if (operation != null && direction != null && !operation.equals(direction)) {
			throw new InvalidRequest("INVALID_OPERATION", "\"operation\" is '" + operation + "' and its alias"
					+ " \"direction\" is '" + direction + "'; send only \"operation\"");
		}
		String chosen = (operation != null) ? operation : (direction != null) ? direction : "upgrade";
		if (!chosen.equals("upgrade") && !chosen.equals("downgrade")) {
			throw new InvalidRequest("INVALID_OPERATION",
					"Unknown operation '" + chosen + "'; use \"operation\": \"upgrade\" or \"downgrade\"");
		}
		return chosen;
	}

	private MigrationResultDescriptor run(@Nullable String target, String operation, @Nullable String bean) {
		if (target == null || target.isBlank()) {
			throw new InvalidRequest("MISSING_TARGET", "The request body needs a \"target\", for example"
					+ " {\"target\": \"heads\"} or {\"target\": \"-1\", \"operation\": \"downgrade\"}");
		}
		Map.Entry<String, Retort> engine = engine(bean);
		Retort retort = engine.getValue();
		MigrationResult result = this.interceptor.intercept(operation, target,
				() -> operation.equals("upgrade") ? retort.upgrade(target) : retort.downgrade(target));
		return new MigrationResultDescriptor(engine.getKey(), operation, target, result);
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
				throw new InvalidRequest("UNKNOWN_BEAN", "No Retort bean named '" + bean + "'; known beans: "
						+ engines.keySet());
			}
			return Map.entry(bean, retort);
		}
		if (engines.size() != 1) {
			throw new InvalidRequest("MISSING_BEAN", "Found " + engines.size() + " Retort beans " + engines.keySet()
					+ "; name one with \"bean\" (in the request body, or as a query parameter of a read)");
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
		List<RevisionDescriptor> history = java.util.stream.Stream
			.concat(states.unknown().stream(), retort.graph().revisions().stream())
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

		private final @Nullable String resolvedChecksum;
		private final @Nullable String tag;

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
			this.resolvedChecksum = states.resolvedChecksum(revision.id()).orElse(null);
			this.tag = run.flatMap(HistoryEntry::tag).orElse(null);
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

		/**
		 * The checksum recorded when the revision ran, or its file's for a revision not applied.
		 * @return the checksum
		 */
		public @Nullable String getChecksum() {
			return this.checksum;
		}

		/**
		 * The checksum of a {@code modified} revision's file now; {@code null} in every other state.
		 * @return the file's checksum
		 */
		public @Nullable String getResolvedChecksum() {
			return this.resolvedChecksum;
		}

		public @Nullable String getTag() {
			return this.tag;
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

		private final @Nullable String tag;

		private StepDescriptor(HistoryEntry entry) {
			this.operation = entry.operation();
			this.startedAt = entry.startedAt();
			this.appliedBy = entry.appliedBy();
			this.durationMs = entry.durationMs();
			this.success = entry.success();
			this.checksum = entry.checksum();
			this.tag = entry.tag().orElse(null);
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

		public @Nullable String getTag() {
			return this.tag;
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
	 * The body of a 400 answer to the write operation: what is wrong with the request.
	 */
	public static final class RequestErrorDescriptor implements OperationResponseBody {

		private final String error;

		private final String message;

		private RequestErrorDescriptor(String error, String message) {
			this.error = error;
			this.message = message;
		}

		/**
		 * What kind of mistake: an {@link ErrorCode} name, or {@code MISSING_TARGET},
		 * {@code INVALID_OPERATION}, {@code UNKNOWN_BEAN}, {@code MISSING_BEAN}.
		 * @return the kind
		 */
		public String getError() {
			return this.error;
		}

		/**
		 * What is wrong and how to send it right.
		 * @return the message
		 */
		public String getMessage() {
			return this.message;
		}

	}

	/** A request the endpoint refuses before asking the engine. */
	private static final class InvalidRequest extends RuntimeException {

		private final String code;

		InvalidRequest(String code, String message) {
			super(message);
			this.code = code;
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
