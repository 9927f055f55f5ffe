package org.hearth.server.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java client keeps its own typed copies of the API's wire records (it must not depend on the
 * server); this test fails as soon as the two drift apart in their JSON member names.
 */
class WireRecordsMatchTest {
  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of(
            org.hearth.server.groups.GroupDescriptor.class,
            org.hearth.client.api.GroupDescriptor.class),
        Arguments.of(
            org.hearth.server.groups.CreateGroupRequest.class,
            org.hearth.client.api.CreateGroupRequest.class),
        Arguments.of(
            org.hearth.server.resourcelist.HelpEntry.class, org.hearth.client.api.HelpEntry.class),
        Arguments.of(org.hearth.server.admin.AdminKey.class, org.hearth.client.api.AdminKey.class),
        Arguments.of(
            org.hearth.server.identity.SignInResource.SessionResponse.class,
            org.hearth.client.api.Session.class));
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void theClientReadsAndWritesTheServersMembers(Class<?> server, Class<?> client) {
    assertEquals(names(server), names(client), server.getSimpleName());
  }

  @org.junit.jupiter.api.Test
  void joinPoliciesAreTheSame() {
    assertEquals(
        names(org.hearth.server.groups.JoinPolicy.values()),
        names(org.hearth.client.api.JoinPolicy.values()));
  }

  private static List<String> names(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
