package cn.gonghui.persons;

import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.personaldata.Masks;
import cn.gonghui.personaldata.PersonalDataCipher;
import cn.gonghui.problems.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Turns an ID number given to a service (assistance, mediation) into an {@link Identity}: checked (a 400 naming the field),
 * resolved to membership's personId (so one person is recognised in every union), sealed bound to its
 * place, hashed and masked. The ID number itself is never stored in clear nor logged.
 */
@ApplicationScoped
public class Identities {

    @Inject
    Persons persons;

    @Inject
    PersonalDataCipher cipher;

    public Identity of(String idNumber, String field, String sealContext) {
        if (idNumber == null || idNumber.isBlank()) {
            throw ProblemException.invalid(field, "is required");
        }
        String normalized = ResidentIdNumber.normalize(idNumber);
        ResidentIdNumber.problem(normalized).ifPresent(problem -> {
            throw ProblemException.invalid(field, problem);
        });
        PersonRef person = persons.resolve(normalized);
        String hash = cipher.lookupHash(normalized);
        return new Identity(person.personId(), person.memberId(), hash, cipher.seal(normalized, sealContext + ":" + hash),
                Masks.idNumber(normalized), ResidentIdNumber.gender(normalized));
    }

    public String sealPhone(String phone, String context) {
        return phone == null || phone.isBlank() ? null : cipher.seal(phone.strip(), context);
    }
}
