package cn.gonghui.persons;

import java.util.UUID;

/**
 * A worker as a service other than membership records them: membership's personId (the same across unions and services), the
 * active membership if any, and the ID number sealed, hashed with this service's key, and masked.
 */
public record Identity(UUID personId, Long memberId, String idNumberHash, String idNumberSealed, String idNumberMasked,
        String gender) {
}
