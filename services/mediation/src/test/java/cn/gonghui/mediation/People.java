package cn.gonghui.mediation;

import cn.gonghui.identifiers.ResidentIdNumber;
import cn.gonghui.testkit.TestIdentifiers;

/** Fresh ID numbers of a given gender (the 17th character's parity). */
public final class People {

    private People() {
    }

    public static String woman() {
        return of("FEMALE");
    }

    public static String man() {
        return of("MALE");
    }

    private static String of(String gender) {
        while (true) {
            String id = TestIdentifiers.idNumber();
            if (ResidentIdNumber.gender(id).equals(gender)) {
                return id;
            }
        }
    }
}
