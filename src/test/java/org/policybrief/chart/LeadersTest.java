package org.policybrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LeadersTest {

  private record Item(String name, int value) {}

  private static Leaders of(Item... items) {
    return Leaders.of(List.of(items), Item::value, Item::name);
  }

  @Test
  void aSingleLeaderIsNamedAlone() {
    assertThat(of(new Item("DE", 2), new Item("BR", 1)).findings(Long::toString)).containsExactly("1", "DE", "", "2");
  }

  @Test
  void sharedLeadersAreAllKeptInTheGivenOrder() {
    Leaders leaders = of(new Item("Health", 1), new Item("Transport", 0), new Item("Finance", 1));

    assertThat(leaders.names()).containsExactly("Health", "Finance");
    assertThat(leaders.findings(Long::toString)).containsExactly("2", "Health", "Finance", "1");
  }

  @Test
  void manyWayTiesAreCounted() {
    assertThat(of(new Item("A", 3), new Item("B", 3), new Item("C", 3)).findings(Long::toString)).startsWith("3", "A", "B");
  }

  @Test
  void aLoneItemLeadsNothing() {
    assertThat(of(new Item("FR", 9)).findings(Long::toString)).containsExactly("alone", "FR", "", "9");
  }

  @Test
  void theTieSaysHowManyLeadAndWhenAllAreAlike() {
    assertThat(of(new Item("FR", 9)).tie()).containsExactly("alone", "");
    assertThat(of(new Item("DE", 2), new Item("BR", 1)).tie()).containsExactly("one", "");
    assertThat(of(new Item("A", 2), new Item("B", 2), new Item("C", 1)).tie()).containsExactly("two", "");
    assertThat(of(new Item("A", 2), new Item("B", 2), new Item("C", 2), new Item("D", 1)).tie())
        .containsExactly("three", "C");
    assertThat(of(new Item("A", 2), new Item("B", 2), new Item("C", 2), new Item("D", 2), new Item("E", 1)).tie())
        .containsExactly("many", "");
    assertThat(of(new Item("A", 2), new Item("B", 2)).tie()).containsExactly("twoSame", "");
    assertThat(of(new Item("A", 2), new Item("B", 2), new Item("C", 2)).tie()).containsExactly("threeSame", "C");
    assertThat(of(new Item("A", 2), new Item("B", 2), new Item("C", 2), new Item("D", 2)).tie())
        .containsExactly("allSame", "");
  }

  @Test
  void noItemsGiveAnEmptyLead() {
    assertThat(Leaders.of(List.<Item>of(), Item::value, Function.<Item>identity().andThen(Item::name)).names()).isEmpty();
  }
}
