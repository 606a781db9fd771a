package dev.retort.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.ParseResult;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.TenantOutcome;
import dev.retort.core.api.TenantResult;
import dev.retort.core.api.TenantRun;
import dev.retort.core.api.Tenants;

/**
 * Runs a command once per tenant when {@code --tenant-schemas} or {@code --tenant-schema-query}
 * is given: each tenant's run is the ordinary command against the tenant's engine, its result
 * lines printed in tenant order with the tenant's name in front ({@code t001: cafe00000006
 * (head)}), its progress as it happens, then a summary line on stderr ({@code 60 tenants: 59
 * upgraded, 0 already at head, 1 failed (t017)}). Exits non-zero when any tenant failed.
 */
final class TenantCommand implements CommandLine.IExecutionStrategy {

	private static final int LISTED_FAILURES = 20;

	private final GlobalOptions root;

	private final String[] args;

	private final @Nullable CliHost host;

	TenantCommand(GlobalOptions root, String[] args, @Nullable CliHost host) {
		this.root = root;
		this.args = args.clone();
		this.host = host;
	}

	@Override
	public int execute(ParseResult parseResult) {
		Integer help = CommandLine.executeHelpRequest(parseResult);
		if (help != null) {
			return help;
		}
		if (this.root.tenantEngine != null || !this.root.tenants.active()) {
			return new CommandLine.RunLast().execute(parseResult);
		}
		ParseResult leaf = parseResult;
		while (leaf.hasSubcommand()) {
			leaf = leaf.subcommand();
		}
		try {
			return run(leaf);
		}
		catch (RuntimeException ex) {
			throw new ExecutionException(leaf.commandSpec().commandLine(), String.valueOf(ex.getMessage()), ex);
		}
	}

	private int run(ParseResult leaf) {
		Object command = leaf.commandSpec().userObject();
		Verb verb = Verb.of(command, leaf.commandSpec().name());
		if (command instanceof MoveCommand move) {
			if (move.sql) {
				throw new RetortException(ErrorCode.INVALID_ARGUMENT, "--sql renders one script and does not"
						+ " apply to tenants; render it for one tenant with --schema instead of the tenant options");
			}
			this.root.ignoreChecksums = move.ignoreChecksums;
		}
		Retort template = this.root.engine();
		Map<String, TenantOutput> outputs = new ConcurrentHashMap<>();
		TenantOptions options = this.root.tenants;
		Tenants tenants = Tenants.configure(template)
			.schemas(options.schemas)
			.schemaQuery(options.schemaQuery)
			.parallelism(options.parallelism)
			.onFailure(options.policy())
			.listeners((name) -> output(outputs, name).listener())
			.load();
		TenantRun<TenantOutput> run = tenants.run((name, engine) -> {
			TenantOutput output = output(outputs, name);
			int status = RetortCli.run(this.args, output.io(this.root.io), this.host, engine);
			if (status != 0) {
				throw new TenantFailed(output.failure().orElse("exit status " + status));
			}
			return output;
		});
		if (leaf.hasMatchedOption("--json")) {
			this.root.io.out().println(json(run, outputs, verb));
		}
		else {
			for (TenantResult<TenantOutput> result : run.results()) {
				TenantOutput output = outputs.get(result.tenant());
				if (output != null) {
					output.lines().forEach(this.root.io.out()::println);
				}
				if (result.outcome() == TenantOutcome.FAILED && (output == null || output.failure().isEmpty())) {
					this.root.io.err().println(result.tenant() + ": FAILED: " + result.failureMessage().orElse(""));
				}
				if (result.outcome() == TenantOutcome.SKIPPED) {
					this.root.io.err().println(result.tenant() + ": skipped: an earlier tenant failed"
							+ " (--on-tenant-failure stop)");
				}
			}
		}
		this.root.io.err().println(summary(run, outputs, verb));
		return run.failed().isEmpty() && run.skipped().isEmpty() ? 0 : RetortCli.EXIT_FAILED;
	}

	private TenantOutput output(Map<String, TenantOutput> outputs, String name) {
		return outputs.computeIfAbsent(name, (tenant) -> new TenantOutput(tenant, this.root.io.err()));
	}

	static String summary(TenantRun<?> run, Map<String, TenantOutput> outputs, Verb verb) {
		int total = run.results().size();
		StringBuilder line = new StringBuilder(total + ((total == 1) ? " tenant: " : " tenants: "));
		if (verb.unchanged() != null) {
			int changed = 0;
			int unchanged = 0;
			for (TenantResult<?> result : run.results()) {
				TenantOutput output = outputs.get(result.tenant());
				if (result.outcome() == TenantOutcome.SUCCEEDED && output != null) {
					if (output.steps() > 0) {
						changed++;
					}
					else {
						unchanged++;
					}
				}
			}
			line.append(changed).append(' ').append(verb.changed()).append(", ").append(unchanged).append(' ')
				.append(verb.unchanged());
		}
		else {
			long ok = run.results().stream().filter((result) -> result.outcome() == TenantOutcome.SUCCEEDED).count();
			line.append(ok).append(" ok");
		}
		List<String> failed = run.failed();
		line.append(", ").append(failed.size()).append(" failed");
		if (!failed.isEmpty()) {
			List<String> listed = new ArrayList<>(failed.subList(0, Math.min(LISTED_FAILURES, failed.size())));
			if (failed.size() > LISTED_FAILURES) {
				listed.add("and " + (failed.size() - LISTED_FAILURES) + " more");
			}
			line.append(" (").append(String.join(", ", listed)).append(')');
		}
		if (!run.skipped().isEmpty()) {
			line.append(", ").append(run.skipped().size()).append(" skipped");
		}
		return line.toString();
	}

	private static String json(TenantRun<TenantOutput> run, Map<String, TenantOutput> outputs, Verb verb) {
		List<Map<String, Object>> tenants = new ArrayList<>();
		for (TenantResult<TenantOutput> result : run.results()) {
			TenantOutput output = outputs.get(result.tenant());
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("tenant", result.tenant());
			entry.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
			entry.put("durationMs", result.duration().toMillis());
			result.failureMessage().ifPresent((message) -> entry.put("error", message));
			String raw = (output != null) ? output.out().strip() : "";
			if (!raw.isEmpty()) {
				// the command's own --json output, as it prints it for one database
				entry.put("result", new Json.Raw(raw));
			}
			tenants.add(entry);
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("tenants", run.results().size());
		summary.put("failed", run.failed());
		summary.put("skipped", run.skipped());
		summary.put("text", summary(run, outputs, verb));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("tenants", tenants);
		json.put("summary", summary);
		return Json.write(json);
	}

	/** How the summary counts a command's tenants. */
	record Verb(String changed, @Nullable String unchanged) {

		static Verb of(Object command, String name) {
			if (command instanceof UpgradeCommand upgrade) {
				return new Verb("upgraded", "already at " + label(upgrade.target));
			}
			if (command instanceof DowngradeCommand downgrade) {
				return new Verb("downgraded", "already at " + label(downgrade.target));
			}
			if (command instanceof StampCommand) {
				return new Verb("stamped", "unchanged");
			}
			if (command instanceof CurrentCommand || command instanceof HistoryCommand
					|| command instanceof CheckCommand || command instanceof ValidateCommand) {
				return new Verb("ok", null);
			}
			throw new RetortException(ErrorCode.INVALID_ARGUMENT, "The tenant options apply to upgrade, downgrade,"
					+ " stamp, current, history, check and validate; run '" + name + "' without them");
		}

		private static String label(String target) {
			return (target.equals("heads") || target.equals("head")) ? "head" : target;
		}

	}

	/** A tenant whose command printed {@code FAILED:} and exited non-zero. */
	private static final class TenantFailed extends RuntimeException {

		TenantFailed(String message) {
			super(message, null, false, false);
		}

	}

}
