package se.jamtland.unit.ui;

import org.junit.jupiter.api.Test;
import se.jamtland.unit.cases.application.CaseView;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressInWordsTest {

    @Test
    void a_plan_with_sessions_and_boosters_reads_as_held_of_planned_for_each() {
        assertThat(ProgressInWords.of(new CaseView.Progress(7, 15, 1, 3, 0, null, null)))
                .isEqualTo("7 av 15 sessioner, 1 av 3 boostersessioner");
    }

    @Test
    void a_plan_of_one_session_is_singular() {
        assertThat(ProgressInWords.of(new CaseView.Progress(0, 1, 0, null, 0, 1, null)))
                .isEqualTo("0 av 1 session, 0 av 1 uppföljningssession");
    }

    @Test
    void without_a_planned_number_the_count_stands_alone_with_the_bilagas_maximum() {
        assertThat(ProgressInWords.of(new CaseView.Progress(1, null, 0, null, 0, null, 20)))
                .isEqualTo("1 session (högst 20)");
        assertThat(ProgressInWords.of(new CaseView.Progress(3, null, 0, null, 0, null, null)))
                .isEqualTo("3 sessioner");
    }

    @Test
    void a_kind_the_plan_does_not_name_is_shown_once_one_is_held() {
        assertThat(ProgressInWords.of(new CaseView.Progress(2, null, 1, null, 0, null, null)))
                .isEqualTo("2 sessioner, 1 boostersession");
    }
}
