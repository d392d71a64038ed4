/**
 * The trained two-stage line classifier (Smile maximum-entropy models) and its self-describing
 * model file: a manifest with the feature-schema version, checked on load, and an allow-list of
 * the classes deserialisation may create.
 */
package dev.linesift.internal.model;
