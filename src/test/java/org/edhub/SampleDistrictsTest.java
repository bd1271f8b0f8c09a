package org.edhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.edhub.hub.district.District;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.FileSystemResource;

/**
 * One name per sample district: the hub's own configuration names each sample district as its sample's files and
 * README do (the Kentucky SIS bundle carries the district's name in every school row; the Texas interchanges carry
 * only its ID, so its README names it), and the deployment example names a district of the same number alike.
 */
class SampleDistrictsTest {
    private static final Path CONFIG = Path.of("src/main/resources/application-demo.yaml");
    private static final Path DEPLOY = Path.of("deploy/application-production.yaml");

    @Test
    void theKentuckySampleDistrictHasTheNameItsSisBundleCarries() throws IOException {
        District district = sampleDistrict("KY");
        List<CSVRecord> schools = csv(Path.of("samples/ky/ky-sis/schools.csv"));
        assertThat(schools).isNotEmpty().allSatisfy(school -> {
            assertThat(school.get("district_number")).isEqualTo(district.id());
            assertThat(school.get("district_name")).isEqualTo(district.name());
        });
        assertThat(Files.readAllLines(Path.of("samples/ky/README.md")).get(0)).contains(district.label());
    }

    @Test
    void theTexasSampleDistrictHasTheIdItsInterchangesCarryAndTheNameItsReadmeGives() throws IOException {
        District district = sampleDistrict("TX");
        try (var files = Files.list(Path.of("samples/tx/tx-peims"))) {
            for (Path file : files.toList()) {
                Matcher ids = Pattern.compile("<StateOrganizationId>(\\d+)</StateOrganizationId>").matcher(Files.readString(file));
                int found = 0;
                for (; ids.find(); found++) {
                    assertThat(ids.group(1)).as(file + ": a district or campus of the district").startsWith(district.id());
                }
                assertThat(found).as(file.toString()).isPositive();
            }
        }
        assertThat(Files.readString(Path.of("samples/tx/README.md"))).contains("**" + district.id() + " " + district.name() + "**");
    }

    @Test
    void theDeploymentExampleNamesNoSampleDistrictSinceTheProductionProfileRefusesThem() throws IOException {
        List<String> samples = districts(CONFIG).stream().map(District::id).toList();
        assertThat(districts(DEPLOY)).isNotEmpty().extracting(District::id).doesNotContainAnyElementsOf(samples);
    }

    /** The one district of a state in the hub's own configuration: the sample district of that state. */
    private static District sampleDistrict(String state) throws IOException {
        List<District> of = districts(CONFIG).stream().filter(d -> d.state().equals(state)).toList();
        assertThat(of).as("the sample districts of " + state + " in " + CONFIG).hasSize(1);
        return of.get(0);
    }

    /** The districts of a configuration file, bound as the hub binds them. */
    private static List<District> districts(Path yaml) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        new YamlPropertySourceLoader().load(yaml.toString(), new FileSystemResource(yaml)).forEach(sources::addLast);
        Binder binder = new Binder(ConfigurationPropertySources.from(sources), new PropertySourcesPlaceholdersResolver(sources));
        return binder.bind("edhub.districts", Bindable.listOf(District.class)).get();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
