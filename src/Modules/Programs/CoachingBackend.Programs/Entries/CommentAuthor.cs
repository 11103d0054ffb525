namespace CoachingBackend.Programs.Entries;

/// <summary>Who wrote a comment on an entry: the coaching side (the responsible coach or an org-admin) or the client replying.</summary>
public enum CommentAuthor { Coach, Client }
