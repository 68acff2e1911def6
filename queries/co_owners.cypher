// name: co_owners
// description: Agencies that work together: pairs that own or co-own the same measures.
// param: agency ($agency_name) optional: limit the pairs to one agency's name or alias; "" or null = all
// Same rows as co_owners.rq.
MATCH (a)-[:OWNS|CO_OWNS]->(m)<-[:OWNS|CO_OWNS]-(b)
WHERE a.id <> b.id
  AND (coalesce($agency_name, '') = '' OR a.name = $agency_name OR $agency_name IN a.aliases)
RETURN a.name AS agency, b.name AS partner, count(DISTINCT m) AS shared_measures
ORDER BY shared_measures DESC, agency, partner
