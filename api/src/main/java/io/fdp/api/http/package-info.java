/** Routing, proto3 JSON and Protobuf content negotiation, query binding and error responses of the REST API. */
package io.fdp.api.http;
