// name: policies_cited
// description: Policies cited by the measures an agency owns or co-owns, with how many measures cite each.
// param: agency ($agency_name) optional: an agency's name or alias; "" or null = every agency
// Same rows as policies_cited.rq.
MATCH (a)-[:OWNS|CO_OWNS]->(m)-[:CITES]->(pol)
WHERE coalesce($agency_name, '') = '' OR a.name = $agency_name OR $agency_name IN a.aliases
RETURN a.name AS agency, pol.name AS policy, count(DISTINCT m) AS measures
ORDER BY agency, measures DESC, policy
