/**
 * Everything behind the API: not exported by the module, and free to change between versions.
 * Sub-packages follow the data flow: input → lines → language → features → model → pipeline,
 * with train, eval and cli at the edge.
 */
package dev.linesift.internal;
