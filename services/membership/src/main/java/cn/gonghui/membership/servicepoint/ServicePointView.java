package cn.gonghui.membership.servicepoint;

import java.time.LocalDate;
import java.util.List;

/** A service point as the API shows it. */
public record ServicePointView(Long id, ServicePointKind kind, String name, Long unionId, String address,
        String openingHours, List<String> amenities, Integer stars, double latitude, double longitude,
        ServicePointStatus status, LocalDate openedOn, LocalDate closedOn, boolean combinedWithUnion, boolean mobile,
        ServicePointHost host, RecognitionLevel recognitionLevel, long version) {

    public static ServicePointView of(ServicePoint p) {
        return new ServicePointView(p.id, p.kind, p.name, p.unionId, p.address, p.openingHours,
                p.amenities == null ? List.of() : List.copyOf(p.amenities), p.stars, p.latitude, p.longitude,
                p.status, p.openedOn, p.closedOn, p.combinedWithUnion, p.mobile, p.host, p.recognitionLevel, p.version);
    }
}
