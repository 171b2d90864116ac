package cn.gonghui.mediation.centre;

/** A centre as the API shows it, with the number of its cases still open (its workload). */
public record CentreView(Long id, Long unionId, String name, CentreKind kind, boolean active, long openCases, long version) {

    public static CentreView of(Centre c, long openCases) {
        return new CentreView(c.id, c.unionId, c.name, c.kind, c.active, openCases, c.version);
    }

    /** A mediator with their open cases. */
    public record MediatorView(Long id, Long centreId, String subject, String name, boolean active, long openCases) {

        public static MediatorView of(Mediator m, long openCases) {
            return new MediatorView(m.id, m.centreId, m.subject, m.name, m.active, openCases);
        }
    }
}
