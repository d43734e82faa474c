package org.frontline.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.frontline.core.domain.agent.ChannelSkill;
import org.frontline.core.domain.agent.LanguageSkill;
import org.frontline.core.domain.agent.Skill;
import org.frontline.core.domain.shared.Channel;
import org.frontline.core.domain.shared.SupportTier;
import org.frontline.core.domain.team.ServiceFunction;

/** The demo centre's teams, one per service function, and their agents with tiers, skills, languages and channels. */
public final class DemoAgents {
    private static final String[] FIRST = {
        "Ana", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Luis", "Maya",
        "Nils", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tara"
    };
    private static final String[] LAST = {
        "Martin",
        "Schmidt",
        "García",
        "Dubois",
        "Rossi",
        "Novak",
        "Jensen",
        "Silva",
        "Kowalski",
        "Murphy",
        "Okafor",
        "Tanaka",
        "Larsen",
        "Moreau",
        "Fischer"
    };

    private DemoAgents() {}

    /** A team of the demo centre, how many agents it has, and the skills its work needs. */
    public record DemoTeam(String name, ServiceFunction function, int agents, List<String> skills) {}

    /** One generated agent, to be hired into the team of that name. */
    public record DemoAgent(
            String name,
            String team,
            SupportTier tier,
            Set<Skill> skills,
            Set<LanguageSkill> languages,
            Set<ChannelSkill> channels,
            LocalDate hireDate) {}

    /** Sixty agents across the four service functions, as seed 000 divides a centre. */
    /** The skill of the quality team's analysts. */
    public static final String QUALITY_REVIEW_SKILL = "quality-review";

    public static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("Customer Support", ServiceFunction.SUPPORT, 24, List.of("billing", "accounts", "orders")),
            new DemoTeam(
                    "Technical Support",
                    ServiceFunction.TECHNICAL_SUPPORT,
                    18,
                    List.of("networking", "hardware", "software", "mobile")),
            new DemoTeam("Sales", ServiceFunction.SALES_AND_MARKETING, 12, List.of("sales", "renewals", "upgrades")),
            new DemoTeam(
                    "Quality Control", ServiceFunction.QUALITY_CONTROL, 6, List.of(QUALITY_REVIEW_SKILL, "coaching")));

    public static List<DemoAgent> generate(SplittableRandom random, LocalDate today) {
        List<DemoAgent> agents = new ArrayList<>();
        int n = 0;
        for (DemoTeam team : TEAMS) {
            for (int i = 0; i < team.agents(); i++, n++) {
                double roll = random.nextDouble();
                SupportTier tier = roll < 0.6 ? SupportTier.L1 : roll < 0.9 ? SupportTier.L2 : SupportTier.L3;
                Set<Skill> skills = new HashSet<>();
                for (String skill : team.skills()) {
                    if (random.nextDouble() < 0.75) {
                        skills.add(new Skill(skill, 1 + random.nextInt(5)));
                    }
                }
                Set<LanguageSkill> languages = new HashSet<>();
                languages.add(new LanguageSkill("en", 4 + random.nextInt(2)));
                addSometimes(random, languages, "es", 0.30);
                addSometimes(random, languages, "fr", 0.20);
                addSometimes(random, languages, "de", 0.15);
                Set<ChannelSkill> channels = new HashSet<>();
                for (Channel channel : Channel.values()) {
                    if (channel == Channel.PHONE || random.nextDouble() < 0.6) {
                        channels.add(new ChannelSkill(
                                channel, 1 + random.nextInt(5), ChannelSkill.defaultCapacity(channel)));
                    }
                }
                String name = FIRST[n % FIRST.length] + " " + LAST[(n * 7 + i) % LAST.length];
                LocalDate hired = today.minusDays(30 + random.nextInt(6 * 365));
                agents.add(new DemoAgent(name, team.name(), tier, skills, languages, channels, hired));
            }
        }
        return agents;
    }

    private static void addSometimes(SplittableRandom random, Set<LanguageSkill> languages, String code, double p) {
        if (random.nextDouble() < p) {
            languages.add(new LanguageSkill(code, 2 + random.nextInt(4)));
        }
    }
}
