package cn.gonghui.report;

import cn.gonghui.report.DistrictReport.FigureValue;
import cn.gonghui.report.DistrictReport.Headline;
import cn.gonghui.report.DistrictReport.Missing;
import cn.gonghui.report.DistrictReport.PeriodFigures;
import cn.gonghui.report.DistrictReport.Programme;
import cn.gonghui.report.DistrictReport.Source;
import cn.gonghui.report.DistrictReport.UnionFigures;
import cn.gonghui.report.DistrictReport.UnionRef;
import cn.gonghui.report.catalogue.Figure;
import cn.gonghui.report.catalogue.FigureCatalogue;
import cn.gonghui.report.catalogue.Service;
import cn.gonghui.report.downstream.Downstream;
import cn.gonghui.report.downstream.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Assembles the district report: the union's stats from each service for the period, the same for each
 * direct child union and for the trend's earlier periods (headline figures only), all called at once on
 * the {@link CallPool}, each call with the caller's token. What a service does not answer within
 * {@code gonghui.report.deadline} is reported missing; the report itself always comes back.
 */
@ApplicationScoped
public class DistrictReports {

    private static final Logger LOG = Logger.getLogger(DistrictReports.class);

    @Inject
    FigureCatalogue catalogue;

    @Inject
    Downstream downstream;

    @Inject
    CallPool pool;

    @Inject
    Clock clock;

    @ConfigProperty(name = "gonghui.report.deadline", defaultValue = "PT8S")
    Duration deadline;

    @ConfigProperty(name = "gonghui.report.trend-periods", defaultValue = "3")
    int trendPeriods;

    @ConfigProperty(name = "gonghui.report.max-children", defaultValue = "60")
    int maxChildren;

    /** A call under way: its service, the part of the report it serves, and its outcome to be. */
    private record Call(Service service, String part, CompletableFuture<Reply> reply) {
    }

    /** {@code union} is membership's answer for the report's union (its name), already checked against the caller's scope. */
    public DistrictReport assemble(long unionId, Reply union, LocalDate from, LocalDate to, String authorization) {
        long started = System.nanoTime();
        long until = started + deadline.toNanos();
        Map<String, Missing> missing = new LinkedHashMap<>();

        Map<Service, Call> main = new LinkedHashMap<>();
        for (Service s : servicesOf(catalogue.figures())) {
            main.put(s, call(s, "figures", unionId, from, to, authorization));
        }
        Set<Service> headlineServices = servicesOf(catalogue.headlines());

        List<ReportPeriods.Period> periods = ReportPeriods.trend(from, to, trendPeriods);
        Map<ReportPeriods.Period, Map<Service, Call>> trendCalls = new LinkedHashMap<>();
        for (ReportPeriods.Period p : periods.subList(0, periods.size() - 1)) {
            Map<Service, Call> calls = new LinkedHashMap<>();
            headlineServices.forEach(s -> calls.put(s, call(s, "trend", unionId, p.from(), p.to(), authorization)));
            trendCalls.put(p, calls);
        }

        List<UnionRef> children = children(unionId, from, authorization, until, missing);
        Map<UnionRef, Map<Service, Call>> childCalls = new LinkedHashMap<>();
        for (UnionRef child : children) {
            Map<Service, Call> calls = new LinkedHashMap<>();
            headlineServices.forEach(s -> calls.put(s, call(s, "byUnion", child.id(), from, to, authorization)));
            childCalls.put(child, calls);
        }

        Map<Service, JsonNode> bodies = bodies(main, until, missing);
        List<Programme> programmes = new ArrayList<>();
        for (Service programme : Service.values()) {
            List<FigureValue> figures = new ArrayList<>();
            for (Figure f : catalogue.of(programme)) {
                figures.add(new FigureValue(f.id(), f.label(), value(f, bodies.get(f.service())), f.unit().id(), f.headline(),
                        new Source(f.service().id(), "GET " + f.service().statsPath() + "?unionId=" + unionId + "&from=" + from + "&to=" + to,
                                f.expr().toString())));
            }
            programmes.add(new Programme(programme.id(), programme.title(), figures));
        }

        List<UnionFigures> byUnion = new ArrayList<>();
        childCalls.forEach((child, calls) -> byUnion.add(new UnionFigures(child, headlines(bodies(calls, until, missing)))));

        List<PeriodFigures> trend = new ArrayList<>();
        for (ReportPeriods.Period p : periods) {
            Map<Service, Call> calls = trendCalls.get(p);
            trend.add(new PeriodFigures(p.from(), p.to(), headlines(calls == null ? bodies : bodies(calls, until, missing))));
        }

        String name = union instanceof Reply.Answer a ? a.body().path("name").asText(null) : null;
        if (union instanceof Reply.Missing m) {
            note(missing, Service.MEMBERSHIP, "union", m);
        }
        LOG.debugf("district report of union %d %s..%s assembled in %d ms, %d services missing", unionId, from, to,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), missing.size());
        List<Missing> missingList = List.copyOf(missing.values());
        return new DistrictReport(new UnionRef(unionId, name), from, to, OffsetDateTime.now(clock), !missingList.isEmpty(),
                missingList, programmes, byUnion, trend);
    }

    private Call call(Service service, String part, long unionId, LocalDate from, LocalDate to, String authorization) {
        return new Call(service, part, CompletableFuture.supplyAsync(
                () -> downstream.stats(service, unionId, from, to, authorization), pool.executor()));
    }

    /** The direct children of the union in membership, leaving out those dissolved before the period. */
    private List<UnionRef> children(long unionId, LocalDate from, String authorization, long until, Map<String, Missing> missing) {
        List<UnionRef> children = new ArrayList<>();
        String cursor = null;
        do {
            String page = cursor;
            Reply reply = await(new Call(Service.MEMBERSHIP, "byUnion",
                    CompletableFuture.supplyAsync(() -> downstream.children(unionId, page, authorization), pool.executor())), until);
            if (reply instanceof Reply.Missing m) {
                note(missing, Service.MEMBERSHIP, "byUnion", m);
                return children;
            }
            JsonNode body = ((Reply.Answer) reply).body();
            for (JsonNode u : body.path("items")) {
                long id = u.path("id").asLong();
                String dissolvedOn = u.path("dissolvedOn").asText(null);
                boolean gone = dissolvedOn != null && LocalDate.parse(dissolvedOn).isBefore(from);
                if (id != unionId && u.path("parentId").asLong() == unionId && !gone && children.size() < maxChildren) {
                    children.add(new UnionRef(id, u.path("name").asText(null)));
                }
            }
            cursor = body.path("nextCursor").isTextual() ? body.path("nextCursor").asText() : null;
        } while (cursor != null && children.size() < maxChildren);
        return children;
    }

    private Map<Service, JsonNode> bodies(Map<Service, Call> calls, long until, Map<String, Missing> missing) {
        Map<Service, JsonNode> bodies = new LinkedHashMap<>();
        calls.forEach((service, call) -> {
            Reply reply = await(call, until);
            if (reply instanceof Reply.Answer a) {
                bodies.put(service, a.body());
            } else {
                note(missing, service, call.part(), (Reply.Missing) reply);
            }
        });
        return bodies;
    }

    private static Reply await(Call call, long until) {
        try {
            return call.reply().get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.reply().cancel(true);
            return new Reply.Missing(Reply.Reason.TIMEOUT, null, "no answer before the report's deadline");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply.Missing(Reply.Reason.TIMEOUT, null, "interrupted");
        } catch (ExecutionException e) {
            return new Reply.Missing(Reply.Reason.UNAVAILABLE, null, String.valueOf(e.getCause()));
        }
    }

    private static void note(Map<String, Missing> missing, Service service, String part, Reply.Missing m) {
        missing.merge(service.id() + "/" + part + "/" + m.reason().id(),
                new Missing(service.id(), m.reason().id(), m.status(), m.detail(), part, 1),
                (a, b) -> new Missing(a.service(), a.reason(), a.status(), a.detail(), a.part(), a.calls() + 1));
    }

    private List<Headline> headlines(Map<Service, JsonNode> bodies) {
        return catalogue.headlines().stream().map(f -> new Headline(f.id(), value(f, bodies.get(f.service())))).toList();
    }

    private static BigDecimal value(Figure f, JsonNode body) {
        if (body == null) {
            return null;
        }
        try {
            return f.expr().evaluate(body);
        } catch (IllegalStateException e) {
            LOG.warnf("figure %s: %s does not fit the %s stats: %s", f.id(), f.expr(), f.service().id(), e.getMessage());
            return null;
        }
    }

    private static Set<Service> servicesOf(List<Figure> figures) {
        Set<Service> services = EnumSet.noneOf(Service.class);
        figures.forEach(f -> services.add(f.service()));
        return services;
    }
}
