package org.frontline.core.domain.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.frontline.core.domain.agent.Agent;
import org.frontline.core.domain.agent.AgentService;
import org.frontline.core.domain.shared.DuplicateException;
import org.frontline.core.domain.shared.InvalidTransitionException;
import org.frontline.core.domain.shared.NotFoundException;
import org.frontline.core.domain.shared.Page;
import org.frontline.core.domain.shared.PageRequest;

/** Runs pulse surveys: opens them, takes each agent's one answer while open, and sums the answers per team. */
public class PulseSurveyService {
    /** The fewest answers a team's scores are shown for. */
    public static final int MIN_RESPONDENTS = 3;

    private static final String KIND = "pulse survey";

    private final PulseSurveyRepository surveys;
    private final AgentService agents;
    private final TenureSource tenures;
    private final ZoneId zone;
    private final Clock clock;

    /** @param zone the centre's time zone, whose calendar says when a survey is open */
    public PulseSurveyService(
            PulseSurveyRepository surveys, AgentService agents, TenureSource tenures, ZoneId zone, Clock clock) {
        this.surveys = Objects.requireNonNull(surveys, "surveys");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.tenures = Objects.requireNonNull(tenures, "tenures");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public PulseSurvey open(String question, LocalDate opensOn, LocalDate closesOn) {
        return surveys.add(new PulseSurvey(question, opensOn, closesOn, clock.instant()));
    }

    public PulseSurvey get(long id) {
        return surveys.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    public Page<PulseSurvey> list(PageRequest request) {
        return surveys.list(request);
    }

    /** Records agent {@code agentId}'s answer, once, while the survey is open and the agent works here. */
    public void answer(long surveyId, long agentId, int score) {
        PulseSurvey survey = get(surveyId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (!survey.isOpenOn(today)) {
            throw new InvalidTransitionException(
                    KIND,
                    surveyId,
                    "open from " + survey.opensOn() + " to " + survey.closesOn(),
                    "answer",
                    "answers are taken only while it is open (today is " + today + ")");
        }
        Agent agent = agents.get(agentId);
        if (agent.leftOn().isPresent()) {
            throw new InvalidTransitionException(
                    "agent",
                    agentId,
                    "gone since " + agent.leftOn().get(),
                    "answer surveys as",
                    "leavers do not answer");
        }
        PulseAnswer answer = new PulseAnswer(surveyId, agentId, agent.team().id(), score, clock.instant());
        if (surveys.answered(surveyId, agentId)) {
            throw new DuplicateException("answer to pulse survey " + surveyId, "agent", String.valueOf(agentId));
        }
        surveys.addAnswer(answer);
    }

    /** The whole centre first, then each team that had eligible agents or answers, by name. */
    public List<TeamPulse> results(long surveyId) {
        PulseSurvey survey = get(surveyId);
        List<Tenure> working =
                tenures.overlapping(survey.opensOn(), survey.closesOn().plusDays(1));
        Map<Long, String> names = new HashMap<>();
        Map<Long, Integer> eligible = new HashMap<>();
        for (Tenure t : working) {
            names.put(t.teamId(), t.teamName());
            eligible.merge(t.teamId(), 1, Integer::sum);
        }
        Map<Long, long[]> distributions = new HashMap<>();
        long[] centre = new long[5];
        for (PulseSurveyRepository.ScoreCount count : surveys.scores(surveyId)) {
            distributions.computeIfAbsent(count.teamId(), team -> new long[5])[count.score() - 1] += count.agents();
            centre[count.score() - 1] += count.agents();
        }
        List<TeamPulse> rows = new ArrayList<>();
        rows.add(pulse(null, "Whole centre", working.size(), centre));
        List<TeamPulse> teams = new ArrayList<>();
        for (Long team : union(eligible.keySet(), distributions.keySet())) {
            teams.add(pulse(
                    team,
                    names.getOrDefault(team, "team " + team),
                    eligible.getOrDefault(team, 0),
                    distributions.getOrDefault(team, new long[5])));
        }
        teams.sort(Comparator.comparing(TeamPulse::team));
        rows.addAll(teams);
        return rows;
    }

    private static TeamPulse pulse(Long teamId, String name, int eligible, long[] distribution) {
        long respondents = 0;
        long sum = 0;
        for (int score = 1; score <= 5; score++) {
            respondents += distribution[score - 1];
            sum += score * distribution[score - 1];
        }
        boolean shown = respondents >= MIN_RESPONDENTS;
        return new TeamPulse(
                teamId,
                name,
                eligible,
                respondents,
                eligible == 0 ? null : 100.0 * respondents / eligible,
                shown,
                shown ? (double) sum / respondents : null,
                shown ? 100.0 * (distribution[3] + distribution[4]) / respondents : null,
                shown
                        ? List.of(distribution[0], distribution[1], distribution[2], distribution[3], distribution[4])
                        : null);
    }

    private static List<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
