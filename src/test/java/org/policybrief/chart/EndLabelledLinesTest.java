package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndLabelledLinesTest {

  private static final Rectangle2D NAME = new Rectangle2D.Double(0, -9, 60, 10);

  @Test
  void aNameEndsLeftOfItsLinesLastPointAndSitsAboveIt() {
    Rectangle2D box = EndLabelledLines.place(List.of(new Point2D.Double(500, 200)), List.of(NAME), 20).get(0);
    assertThat(box.getMaxX()).isLessThan(500);
    assertThat(box.getMaxY()).isLessThan(200);
  }

  @Test
  void aLineEndingAtTheTopIsNamedBelowItsEnd() {
    Rectangle2D box = EndLabelledLines.place(List.of(new Point2D.Double(500, 25)), List.of(NAME), 20).get(0);
    assertThat(box.getMinY()).isGreaterThan(25);
  }

  @Test
  void linesEndingTogetherGetNamesThatDoNotTouch() {
    List<Point2D> ends = List.of(new Point2D.Double(500, 100), new Point2D.Double(500, 100),
        new Point2D.Double(500, 102));
    List<Rectangle2D> boxes = EndLabelledLines.place(ends, List.of(NAME, NAME, NAME), 20);
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(boxes.get(i).intersects(boxes.get(j))).as("names %d and %d", i, j).isFalse();
      }
    }
  }

  @Test
  void aNameNeverCoversTheEndOfItsOwnLine() {
    // QA c_3_5_longnames: a line rising steeply into its last point near the top, named below it
    Rectangle2D plot = new Rectangle2D.Double(40, 20, 500, 250);
    for (double fromX : new double[] {440, 480, 495, 499}) {
      Line2D last = new Line2D.Double(fromX, 120, 500, 30);
      Rectangle2D box = EndLabelledLines.place(List.of(last), List.of(new Rectangle2D.Double(0, -9, 300, 10)), plot).get(0);
      Rectangle2D ground = new Rectangle2D.Double(box.getX() - 1, box.getY() - 1, box.getWidth() + 2, box.getHeight() + 2);
      assertThat(ground.intersectsLine(last)).as("from x %.0f: %s", fromX, box).isFalse();
      assertThat(ground.contains(last.getP2())).isFalse();
      assertThat(plot.contains(box)).isTrue();
      assertThat(box.getMaxX()).isLessThan(500);
    }
  }

  @Test
  void aLevelLineKeepsItsNameAboveIt() {
    // the sample's Figure 3: a level last segment is clear of a name set GAP above its end
    Line2D last = new Line2D.Double(200, 100, 500, 100);
    Rectangle2D box = EndLabelledLines.place(List.of(last), List.of(NAME), new Rectangle2D.Double(40, 20, 500, 250)).get(0);
    assertThat(box.getMaxY()).isEqualTo(96);
    assertThat(box.getMaxX()).isEqualTo(496);
  }

  @Test
  void aNameBelowItsLinesEndKeepsClearOfTheLineRisingToIt() {
    // QA big-span: a line rising to the top right, level over its last year, ran under the white
    // ground of its name, set below the end, just before its last point
    Rectangle2D plot = new Rectangle2D.Double(40, 20, 500, 250);
    List<Line2D> line = List.of(new Line2D.Double(380, 160, 420, 120), new Line2D.Double(420, 120, 470, 25.2),
        new Line2D.Double(470, 25.2, 500, 25));
    Rectangle2D box = EndLabelledLines.placeAlong(List.of(line), List.of(NAME), plot).get(0);
    Rectangle2D ground = new Rectangle2D.Double(box.getX() - 1, box.getY() - 1, box.getWidth() + 2, box.getHeight() + 2);
    for (Line2D segment : line) {
      assertThat(ground.intersectsLine(segment)).as("%s over (%.0f, %.0f)", box, segment.getX1(), segment.getY1())
          .isFalse();
    }
    assertThat(plot.contains(box)).isTrue();
    assertThat(box.getMaxX()).isLessThan(500);
    // the only segment the name was kept clear of, as before: the name sat under the end, on the line
    Rectangle2D before = EndLabelledLines.place(List.of(line.get(2)), List.of(NAME), plot).get(0);
    assertThat(new Rectangle2D.Double(before.getX() - 1, before.getY() - 1, before.getWidth() + 2,
        before.getHeight() + 2).intersectsLine(line.get(1))).isTrue();
  }
}
