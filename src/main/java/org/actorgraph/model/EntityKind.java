package org.actorgraph.model;

/**
 * What kind of thing an entity is; Person, Organization, Country and Group are actors. A group is unnamed
 * ("reporters", "member states") and known only in its article.
 */
public enum EntityKind {
    PERSON, ORGANIZATION, COUNTRY, PLACE, GROUP
}
