package se.jamtland.barnahus.krissamtal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

@MappedEntity("krissamtal_detail")
public record KrissamtalDetailRow(@Id Long advisoryContactId, LocalDate interviewDate, String participants) {
}
