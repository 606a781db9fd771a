package dev.retort.boot.actuate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.retort.boot.actuate.MigrationsEndpoint.ContextDescriptor;
import dev.retort.boot.actuate.MigrationsEndpoint.PendingRevisionDescriptor;
import dev.retort.boot.actuate.MigrationsEndpoint.RetortDescriptor;
import dev.retort.boot.actuate.MigrationsEndpoint.RevisionDescriptor;
import dev.retort.boot.autoconfigure.TenantMigrations;
import dev.retort.core.api.HistoryEntry;
import dev.retort.core.graph.render.Markup;

/**
 * The {@code migrations} endpoint as a page for a browser: per {@link dev.retort.core.api.Retort}
 * bean, the graph as inline SVG, the pending revisions and the history table as a timeline. The page
 * is self-contained (inline style, no script, nothing fetched) and only reads: it has no form and
 * no button.
 */
final class MigrationsPage {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final String STYLE = """
			body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#212529;background:#f8f9fa}
			h1{font-size:22px;margin:0 0 16px}h2{font-size:18px;margin:0 0 8px}h3{font-size:15px;margin:20px 0 8px}
			section{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:16px 20px;margin-bottom:24px}
			.summary span{margin-right:18px}code{font-family:monospace;font-size:13px}
			.badge{display:inline-block;border-radius:10px;padding:1px 9px;font-size:12px;color:#fff}
			.ok{background:#2b8a3e}.behind{background:#e67700}
			.graph{overflow:auto;max-height:80vh;border:1px solid #e9ecef;border-radius:6px}
			table{border-collapse:collapse;font-size:13px;width:100%}
			th,td{text-align:left;padding:4px 10px;border-bottom:1px solid #e9ecef;vertical-align:top}
			th{background:#f1f3f5}.bar{display:inline-block;height:8px;background:#74c0fc;border-radius:4px}
			.failed{color:#c92a2a;font-weight:bold}footer{font-size:12px;color:#868e96}
			""";

	/**
	 * One {@link dev.retort.core.api.Retort} bean as the page shows it.
	 * @param description the endpoint's description of the bean
	 * @param steps the history table, oldest first
	 * @param svg the graph
	 */
	record Section(RetortDescriptor description, List<HistoryEntry> steps, String svg) {
	}

	private MigrationsPage() {
	}

	static String render(Map<@Nullable String, ContextDescriptor<Section>> contexts,
			@Nullable Map<String, TenantDescriptor> tenants) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
			.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
			.append("<title>Migrations</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
			.append("<h1>Migrations</h1>\n");
		int beans = 0;
		for (Map.Entry<@Nullable String, ContextDescriptor<Section>> context : contexts.entrySet()) {
			for (Map.Entry<String, Section> bean : context.getValue().getMigrations().entrySet()) {
				section(html, String.valueOf(context.getKey()), bean.getKey(), bean.getValue());
				beans++;
			}
		}
		if (beans == 0) {
			html.append("<p>No Retort bean in this application.</p>\n");
		}
		if (tenants != null) {
			tenants(html, tenants);
		}
		html.append("<footer>A read-only view of <code>/actuator/migrations</code>. The same data as JSON: ")
			.append("<code>Accept: application/json</code>; the graph alone: <code>Accept: image/svg+xml</code>.")
			.append("</footer>\n</body>\n</html>\n");
		return html.toString();
	}

	private static void section(StringBuilder html, String context, String bean, Section section) {
		RetortDescriptor description = section.description();
		html.append("<section id=\"").append(Markup.escape(context + "-" + bean)).append("\">\n<h2>")
			.append(Markup.escape(bean)).append(" <small>(").append(Markup.escape(context)).append(")</small></h2>\n");
		html.append("<p class=\"summary\"><span>").append(description.isUpToDate()
				? "<span class=\"badge ok\">up to date</span>" : "<span class=\"badge behind\">pending</span>")
			.append("</span><span>Current: ").append(ids(description.getCurrent())).append("</span><span>Heads: ")
			.append(ids(description.getHeads())).append("</span></p>\n");
		html.append("<div class=\"graph\">\n").append(section.svg()).append("</div>\n");
		pending(html, description.getPending());
		timeline(html, section.steps(), messages(description));
		html.append("</section>\n");
	}

	private static void pending(StringBuilder html, List<PendingRevisionDescriptor> pending) {
		html.append("<h3>Pending revisions (").append(pending.size()).append(")</h3>\n");
		if (pending.isEmpty()) {
			html.append("<p>Nothing pending.</p>\n");
			return;
		}
		html.append("<p>In the order <code>upgrade heads</code> would run them:</p>\n<ol class=\"pending\">\n");
		for (PendingRevisionDescriptor revision : pending) {
			html.append("<li><code>").append(Markup.escape(revision.getRevision())).append("</code> ")
				.append(Markup.escape(revision.getMessage())).append("</li>\n");
		}
		html.append("</ol>\n");
	}

	private static void timeline(StringBuilder html, List<HistoryEntry> steps, Map<String, String> messages) {
		html.append("<h3>History (").append(steps.size()).append(" steps, newest first)</h3>\n");
		if (steps.isEmpty()) {
			html.append("<p>Nothing has run against this database yet.</p>\n");
			return;
		}
		long longest = Math.max(1, steps.stream().mapToLong(HistoryEntry::durationMs).max().orElse(1));
		html.append("<table class=\"timeline\">\n<thead><tr><th>When</th><th>Operation</th><th>Revision</th>")
			.append("<th>Message</th><th>Who</th><th>How long</th><th>Result</th></tr></thead>\n<tbody>\n");
		List<HistoryEntry> newestFirst = new ArrayList<>(steps);
		newestFirst.sort((a, b) -> Long.compare(b.id(), a.id()));
		for (HistoryEntry step : newestFirst) {
			String message = step.message().isEmpty() ? messages.getOrDefault(step.revision(), "") : step.message();
			long width = Math.max(2, Math.round(120.0 * step.durationMs() / longest));
			html.append("<tr><td>").append(when(step.startedAt())).append("</td><td>").append(Markup.escape(step.operation()))
				.append("</td><td><code>").append(Markup.escape(step.revision())).append("</code></td><td>")
				.append(Markup.escape(message)).append("</td><td>").append(Markup.escape(step.appliedBy())).append("</td><td>")
				.append("<span class=\"bar\" style=\"width:").append(width).append("px\"></span> ")
				.append(step.durationMs()).append(" ms</td><td>")
				.append(step.success() ? "ok" : "<span class=\"failed\">failed</span>").append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n");
	}

	/** One row per tenant ({@code migrate.tenants.*}): where it stands and how its last run ended. */
	private static void tenants(StringBuilder html, Map<String, TenantDescriptor> tenants) {
		html.append("<section id=\"tenants\">\n<h2>Tenants (").append(tenants.size()).append(")</h2>\n");
		html.append("<table class=\"tenants\">\n<thead><tr><th>Tenant</th><th>Current</th><th>Pending</th>")
			.append("<th>Last run</th><th>Failed revision</th></tr></thead>\n<tbody>\n");
		for (Map.Entry<String, TenantDescriptor> entry : tenants.entrySet()) {
			TenantDescriptor tenant = entry.getValue();
			String outcome = (tenant.getOutcome() != null) ? tenant.getOutcome() : "not run";
			TenantMigrations.Failure failed = tenant.getFailed();
			String error = (tenant.getError() != null) ? tenant.getError() : "";
			html.append("<tr><td><code>").append(Markup.escape(entry.getKey())).append("</code></td><td>")
				.append(ids(tenant.getCurrent())).append("</td><td>").append(tenant.getPending().size()).append("</td><td>")
				.append("failed".equals(outcome) ? "<span class=\"failed\">failed</span>" : Markup.escape(outcome))
				.append("</td><td>")
				.append((failed != null) ? "<code>" + Markup.escape(failed.revision()) + "</code> "
						+ Markup.escape(failed.message()) : Markup.escape(error))
				.append("</td></tr>\n");
		}
		html.append("</tbody>\n</table>\n</section>\n");
	}

	private static Map<String, String> messages(RetortDescriptor description) {
		Map<String, String> messages = new LinkedHashMap<>();
		for (RevisionDescriptor revision : description.getHistory()) {
			messages.put(revision.getRevision(), revision.getMessage());
		}
		return messages;
	}

	private static String when(Instant instant) {
		return "<time datetime=\"" + instant + "\">" + WHEN.format(instant) + "</time>";
	}

	private static String ids(List<String> ids) {
		if (ids.isEmpty()) {
			return "<em>base</em>";
		}
		StringBuilder out = new StringBuilder();
		for (String id : ids) {
			out.append((out.length() > 0) ? ", " : "").append("<code>").append(Markup.escape(id)).append("</code>");
		}
		return out.toString();
	}

}
