package cn.gonghui.report;

import cn.gonghui.report.catalogue.FigureCatalogue;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

public class CatalogueProducer {

    /** Read once; a bad row fails the start-up, naming its line. */
    @Produces
    @Singleton
    @Startup
    FigureCatalogue catalogue() {
        return FigureCatalogue.load();
    }
}
