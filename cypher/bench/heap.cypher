// Neo4j's JVM heap in use, from the platform's Memory MBean.
// Params: none.
CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
RETURN attributes.HeapMemoryUsage.value.properties.used AS used,
       attributes.HeapMemoryUsage.value.properties.committed AS committed
