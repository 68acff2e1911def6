// name: replies_by_deputy
// description: Replies per deputy and handling result.
// param: deputy ($deputy_name) optional: the deputy's or member's name; "" or null = every deputy
// Same rows as replies_by_deputy.rq; a reply without a result counts under "".
MATCH (r:Reply)-[:RESPONDS_TO]->(s)-[:PROPOSED_BY]->(p)
WHERE coalesce($deputy_name, '') = '' OR p.name = $deputy_name
RETURN p.name AS deputy, coalesce(r.result, '') AS result, count(DISTINCT r) AS replies
ORDER BY deputy, result
