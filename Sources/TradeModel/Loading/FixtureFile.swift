/// The fixture files, in load order. Every one is required; an empty list is `[]`.
public enum FixtureFile: String, CaseIterable, Sendable {
    case dataset = "dataset.json"
    case sources = "sources.json"
    case regions = "regions.json"
    case commodities = "commodities.json"
    case products = "products.json"
    case missions = "missions.json"
    case agreements = "agreements.json"
    case deals = "deals.json"
    case reportedTotals = "reportedTotals.json"
    case recommendations = "recommendations.json"
    case actions = "actions.json"
    case obstacles = "obstacles.json"
    case indicators = "indicators.json"
}
