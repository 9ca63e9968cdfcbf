/** The OpenAPI 3.1 document of the API, generated from the Protobuf descriptors and the route table. */
package io.fdp.api.openapi;
