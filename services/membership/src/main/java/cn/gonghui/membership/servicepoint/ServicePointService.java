package cn.gonghui.membership.servicepoint;

import cn.gonghui.events.Outbox;
import cn.gonghui.paging.SubtreeQuery;
import cn.gonghui.membership.union.UnionService;
import cn.gonghui.paging.Page;
import cn.gonghui.paging.PageRequest;
import cn.gonghui.problems.PastDates;
import cn.gonghui.problems.Preconditions;
import cn.gonghui.problems.ProblemException;
import cn.gonghui.scope.Caller;
import cn.gonghui.scope.UnionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Service points: officers keep those of their subtree; every member finds the nearest ones. */
@ApplicationScoped
public class ServicePointService {

    public static final int NEAREST_DEFAULT = 10;
    public static final int NEAREST_MAX = 50;

    /** Great-circle distance in metres from (:lat, :lng) by the haversine formula, mean earth radius 6371 km. */
    static final String DISTANCE_SQL = "2 * 6371000 * asin(least(1.0, sqrt("
            + "power(sin(radians(latitude - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(latitude)) * power(sin(radians(longitude - :lng) / 2), 2))))";

    @Inject
    UnionService unions;

    @Inject
    UnionScope scope;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Transactional
    public ServicePoint create(@NotNull @Valid ServicePointRequests.Create request) {
        ServicePoint p = new ServicePoint();
        p.unionId = unions.activeInScope(request.unionId(), "unionId").id;
        p.kind = request.kind();
        requireStarsFit(p.kind, request.stars());
        p.stars = request.stars();
        p.name = request.name().strip();
        p.address = request.address().strip();
        p.openingHours = blankToNull(request.openingHours());
        p.amenities = amenities(request.amenities());
        p.latitude = request.latitude();
        p.longitude = request.longitude();
        p.register(request.status(), request.openedOn(), LocalDate.now(clock));
        p.combinedWithUnion = Boolean.TRUE.equals(request.combinedWithUnion());
        p.mobile = Boolean.TRUE.equals(request.mobile());
        p.host = request.host() == null ? ServicePointHost.UNION : request.host();
        requireRecognitionFits(p.kind, request.recognitionLevel());
        p.recognitionLevel = request.recognitionLevel();
        p.persistAndFlush();
        if (p.status == ServicePointStatus.OPEN) {
            opened(p);
        }
        return p;
    }

    /** 开工建设: PLANNED → BUILDING. */
    @Transactional
    public ServicePoint startBuilding(long id) {
        ServicePoint p = inScope(id);
        p.startBuilding();
        em.flush();
        return p;
    }

    /** 建成开放 / 恢复开放 on the given day (today when left out). */
    @Transactional
    public ServicePoint open(long id, ServicePointRequests.StatusChange request) {
        ServicePoint p = inScope(id);
        boolean first = p.status == ServicePointStatus.PLANNED || p.status == ServicePointStatus.BUILDING;
        p.open(PastDates.orToday(request == null ? null : request.on(), clock, "on"));
        em.flush();
        if (first) {
            opened(p);
        }
        return p;
    }

    @Transactional
    public ServicePoint suspend(long id) {
        ServicePoint p = inScope(id);
        p.suspend();
        em.flush();
        return p;
    }

    @Transactional
    public ServicePoint close(long id, ServicePointRequests.StatusChange request) {
        ServicePoint p = inScope(id);
        p.close(PastDates.orToday(request == null ? null : request.on(), clock, "on"));
        em.flush();
        outbox.record("ServicePointClosed", "service-points/" + p.id,
                new ServicePointEvents.ServicePointClosed(p.id, p.kind, p.unionId, p.closedOn));
        return p;
    }

    private void opened(ServicePoint p) {
        outbox.record("ServicePointOpened", "service-points/" + p.id,
                new ServicePointEvents.ServicePointOpened(p.id, p.kind, p.unionId, p.openedOn));
    }

    @Transactional
    public ServicePointFunding fund(long id, @NotNull @Valid ServicePointRequests.Funding request) {
        ServicePoint p = inScope(id);
        ServicePointFunding f = new ServicePointFunding();
        f.pointId = p.id;
        f.amountFen = request.amountFen();
        f.source = request.source().strip();
        f.purpose = request.purpose();
        f.paidOn = PastDates.orToday(request.paidOn(), clock, "paidOn");
        f.note = blankToNull(request.note());
        f.recordedBy = caller.subject();
        f.recordedAt = Instant.now(clock);
        f.persistAndFlush();
        return f;
    }

    @Transactional
    public ServicePointInspection inspect(long id, @NotNull @Valid ServicePointRequests.Inspection request) {
        ServicePoint p = inScope(id);
        p.requireInspectable();
        ServicePointInspection i = new ServicePointInspection();
        i.pointId = p.id;
        i.kind = request.kind();
        i.result = request.result();
        i.inspectedOn = PastDates.orToday(request.inspectedOn(), clock, "inspectedOn");
        i.inspector = request.inspector().strip();
        i.note = blankToNull(request.note());
        i.recordedBy = caller.subject();
        i.recordedAt = Instant.now(clock);
        i.persistAndFlush();
        return i;
    }

    /** 星级评定: recorded, and the point shows the stars of its latest rating. */
    @Transactional
    public ServicePointRating rate(long id, @NotNull @Valid ServicePointRequests.Rating request) {
        ServicePoint p = inScope(id);
        LocalDate ratedOn = PastDates.orToday(request.ratedOn(), clock, "ratedOn");
        p.rate(request.stars());
        ServicePointRating r = new ServicePointRating();
        r.pointId = p.id;
        r.stars = request.stars();
        r.ratedBy = request.ratedBy().strip();
        r.ratedOn = ratedOn;
        r.batch = blankToNull(request.batch());
        r.recordedBy = caller.subject();
        r.recordedAt = Instant.now(clock);
        r.persistAndFlush();
        return r;
    }

    public List<ServicePointFunding> fundings(long id) {
        return ServicePointFunding.list("pointId = ?1 order by paidOn, id", inScope(id).id);
    }

    public List<ServicePointInspection> inspections(long id) {
        return ServicePointInspection.list("pointId = ?1 order by inspectedOn, id", inScope(id).id);
    }

    public List<ServicePointRating> ratings(long id) {
        return ServicePointRating.list("pointId = ?1 order by ratedOn, id", inScope(id).id);
    }

    /** Any caller may read a service point: they are public places. */
    public ServicePoint get(long id) {
        ServicePoint p = ServicePoint.findById(id);
        if (p == null) {
            throw ProblemException.notFound("service point", id);
        }
        return p;
    }

    @Transactional
    public ServicePoint update(long id, String ifMatch, @NotNull @Valid ServicePointRequests.Update request) {
        ServicePoint p = inScope(id);
        Preconditions.requireMatch(ifMatch, p.version);
        if (request.unionId() != null) {
            p.unionId = unions.activeInScope(request.unionId(), "unionId").id;
        }
        if (request.kind() != null) {
            p.kind = request.kind();
        }
        requireStarsFit(p.kind, request.stars());
        if (request.stars() != null) {
            p.stars = request.stars();
        } else if (!p.kind.starRated()) {
            p.stars = null;
        }
        if (request.name() != null) {
            if (request.name().isBlank()) {
                throw ProblemException.invalid("name", "must not be blank");
            }
            p.name = request.name().strip();
        }
        if (request.address() != null) {
            if (request.address().isBlank()) {
                throw ProblemException.invalid("address", "must not be blank");
            }
            p.address = request.address().strip();
        }
        if (request.openingHours() != null) {
            p.openingHours = blankToNull(request.openingHours());
        }
        if (request.amenities() != null) {
            p.amenities = amenities(request.amenities());
        }
        if (request.latitude() != null) {
            p.latitude = request.latitude();
        }
        if (request.longitude() != null) {
            p.longitude = request.longitude();
        }
        if (request.combinedWithUnion() != null) {
            p.combinedWithUnion = request.combinedWithUnion();
        }
        if (request.mobile() != null) {
            p.mobile = request.mobile();
        }
        if (request.host() != null) {
            p.host = request.host();
        }
        requireRecognitionFits(p.kind, request.recognitionLevel());
        if (request.recognitionLevel() != null) {
            p.recognitionLevel = request.recognitionLevel();
        } else if (!p.kind.recognised()) {
            p.recognitionLevel = null;
        }
        em.flush();
        return p;
    }

    /** Service points of the caller's subtree (or of the given union's subtree), in id order. */
    public Page<ServicePoint> list(Long unionId, ServicePointKind kind, ServicePointStatus status, PageRequest page) {
        return SubtreeQuery.of(ServicePoint.class, "Union", "unionId", unions.listPath(unionId), page)
                .where("kind", kind)
                .where("status", status)
                .fetch(em, p -> p.id);
    }

    /**
     * The open service points nearest to where the caller stands, nearest first, across the whole district, of
     * unions that still exist: a dissolved union's points are not sent anyone to (review S22), nor are points
     * planned, being built, suspended or closed.
     * {@code lat} and {@code lng} come as the raw query parameters so a bad value is a problem naming it.
     */
    public List<NearbyServicePoint> nearest(String lat, String lng, Integer limit, ServicePointKind kind) {
        double latitude = coordinate(lat, "lat", 90);
        double longitude = coordinate(lng, "lng", 180);
        int size = limit == null ? NEAREST_DEFAULT : limit;
        if (size < 1 || size > NEAREST_MAX) {
            throw ProblemException.invalid("limit", "must be between 1 and " + NEAREST_MAX);
        }
        String sql = "select p.id, " + DISTANCE_SQL + " as distance from service_point p"
                + " join union_unit u on u.id = p.union_id and u.status = 'ACTIVE'"
                + " where p.status = 'OPEN'"
                + (kind == null ? "" : " and p.kind = :kind")
                + " order by distance, p.id limit :limit";
        Query query = em.createNativeQuery(sql)
                .setParameter("lat", latitude)
                .setParameter("lng", longitude)
                .setParameter("limit", size);
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, ServicePoint> points = ServicePoint.<ServicePoint>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<NearbyServicePoint> nearest = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ServicePoint p = points.get(((Number) row[0]).longValue());
            if (p != null) {
                nearest.add(NearbyServicePoint.of(p, Math.round(((Number) row[1]).doubleValue())));
            }
        }
        return nearest;
    }

    ServicePoint inScope(long id) {
        ServicePoint p = ServicePoint.findById(id);
        if (p == null || !scope.mayActOn(p.unionId)) {
            throw ProblemException.notFound("service point", id);
        }
        return p;
    }

    private static void requireStarsFit(ServicePointKind kind, Integer stars) {
        if (stars != null && !kind.starRated()) {
            throw ProblemException.invalid("stars", "only a 职工之家 (WORKERS_HOME) or 工会服务站 (SERVICE_STATION) is star-rated, not " + kind);
        }
    }

    private static void requireRecognitionFits(ServicePointKind kind, RecognitionLevel level) {
        if (level != null && !kind.recognised()) {
            throw ProblemException.invalid("recognitionLevel", "only a 职工书屋 (WORKERS_LIBRARY) is recognised at a level, not " + kind);
        }
    }

    static double coordinate(String raw, String field, int bound) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        double value;
        try {
            value = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "must be a number of degrees");
        }
        if (!Double.isFinite(value) || value < -bound || value > bound) {
            throw ProblemException.invalid(field, "must be between -" + bound + " and " + bound);
        }
        return value;
    }

    private static List<String> amenities(List<String> given) {
        List<String> list = new ArrayList<>();
        if (given != null) {
            for (String a : given) {
                String s = a.strip();
                if (!list.contains(s)) {
                    list.add(s);
                }
            }
        }
        return list;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
