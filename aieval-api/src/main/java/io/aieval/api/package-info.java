/**
 * The contracts aieval plugins compile against: records and small interfaces, JDK only. Model
 * providers, scorers and result sinks are found with {@link java.util.ServiceLoader}.
 */
package io.aieval.api;
