package org.policybrief.model;

import java.time.LocalDate;
import org.policybrief.diag.Location;

/** One policy document: an action plan, a law, an executive order. */
public record Document(
    String id,
    String country,
    Text title,
    String issuer,
    LocalDate date,
    String type,
    String url,
    Location at) {}
