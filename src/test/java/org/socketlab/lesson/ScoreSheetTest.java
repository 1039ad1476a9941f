package org.socketlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.socketlab.engine.Outcome;

/** The class's predictions as a teacher keeps them: the score, each prediction, the steps most often wrong. */
class ScoreSheetTest {
    private static ScoreSheet sheet() {
        ScoreSheet s = new ScoreSheet();
        s.add(new ScoreSheet.Entry(6, "client1.receive", "What | now?", Outcome.OK, Outcome.WOULD_BLOCK));
        s.add(new ScoreSheet.Entry(2, "server.listen", "Listen, \"again\"?", Outcome.ERROR, Outcome.ERROR));
        s.add(new ScoreSheet.Entry(6, "client1.receive", "What | now?", Outcome.WOULD_BLOCK, Outcome.WOULD_BLOCK, 5L, 0));
        s.add(new ScoreSheet.Entry(3, "client1.init", "Init?", Outcome.ERROR, Outcome.OK));
        return s;
    }

    @Test
    void theScoreCountsRightPredictionsAndTheMostWrongComeFirst() {
        ScoreSheet s = sheet();
        assertThat(s.right()).isEqualTo(2);
        assertThat(s.asked()).isEqualTo(4);
        assertThat(s.mostOftenWrong()).extracting(ScoreSheet.StepTally::number, ScoreSheet.StepTally::wrong,
                ScoreSheet.StepTally::asked).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, 1, 1), org.assertj.core.groups.Tuple.tuple(6, 1, 2),
                org.assertj.core.groups.Tuple.tuple(2, 0, 1));
        s.clear();
        assertThat(s.asked()).isZero();
    }

    @Test
    void markdownHasTheScoreEveryPredictionAndTheStepsMostOftenWrong() {
        String md = sheet().markdown("Predictions: Receive first", Locale.ENGLISH);
        assertThat(md).startsWith("# Predictions: Receive first\n\nScore: 2 of 4 predictions right.\n\n"
                + "| # | Step | Question | Predicted | The call returned | Right |\n|---|---|---|---|---|---|\n"
                + "| 6 | `client1.receive` | What \\| now? | ok | would-block | ✗ |\n");
        assertThat(md).contains("| 6 | `client1.receive` | What \\| now? | would-block, 5 B | would-block, 0 B | ✓ |\n");
        assertThat(md).endsWith("## Most often wrong\n\n- Step 3 (client1.init): wrong 1 of 1 times\n"
                + "- Step 6 (client1.receive): wrong 1 of 2 times\n");
        assertThat(sheet().markdown("t", Locale.KOREAN)).contains("점수: 예측 4개 중 2개 맞음.")
                .contains("## 가장 많이 틀린 단계");
    }

    @Test
    void csvQuotesWhatNeedsIt() {
        assertThat(sheet().csv()).isEqualTo("number,step,question,predicted,actual,right,predicted_bytes,bytes\r\n"
                + "6,client1.receive,What | now?,ok,would-block,false,,0\r\n"
                + "2,server.listen,\"Listen, \"\"again\"\"?\",error,error,true,,0\r\n"
                + "6,client1.receive,What | now?,would-block,would-block,true,5,0\r\n"
                + "3,client1.init,Init?,error,ok,false,,0\r\n");
    }
}
