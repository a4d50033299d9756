/// A change to a follow-up action, for its history view.
public struct ActionChange: Sendable, Equatable {
    public var eventId: String
    public var at: String
    public var user: String
    public var body: JournalEvent.Body
    public var undoes: String?

    public init(eventId: String, at: String, user: String, body: JournalEvent.Body, undoes: String?) {
        self.eventId = eventId
        self.at = at
        self.user = user
        self.body = body
        self.undoes = undoes
    }
}
