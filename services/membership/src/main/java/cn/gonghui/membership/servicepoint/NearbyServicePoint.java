package cn.gonghui.membership.servicepoint;

import java.util.List;

/** A service point with its great-circle distance from where the member stands, in whole metres. */
public record NearbyServicePoint(Long id, ServicePointKind kind, String name, Long unionId, String address,
        String openingHours, List<String> amenities, Integer stars, double latitude, double longitude, long distanceMeters) {

    public static NearbyServicePoint of(ServicePoint p, long distanceMeters) {
        return new NearbyServicePoint(p.id, p.kind, p.name, p.unionId, p.address, p.openingHours,
                p.amenities == null ? List.of() : List.copyOf(p.amenities), p.stars, p.latitude, p.longitude, distanceMeters);
    }
}
