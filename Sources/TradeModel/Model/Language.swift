public enum Language: String, Sendable, CaseIterable { case id, en }
