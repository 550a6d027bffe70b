package no.rhf.servicemiljo.benchmark;

import com.vaadin.collaborationengine.CollaborationBinder;
import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.UUID;

/**
 * The floor the benchmarks compare the product with: what Vaadin and Collaboration Engine cost by themselves for
 * one shared screen — a select and a text area bound to one topic with {@link CollaborationBinder}, no database,
 * no layout, no access rules beyond being anonymous. Registered at {@code /floor} only when the benchmark asks
 * ({@link FloorRoute}).
 */
@AnonymousAllowed
public class FloorView extends Div {

    /** The bean the topic shares. */
    public static class Shared {
        private String rating = "1";
        private String comment = "";

        public String getRating() {
            return rating;
        }

        public void setRating(String rating) {
            this.rating = rating;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    public FloorView() {
        Select<String> rating = new Select<>();
        rating.setItems("1", "2", "3");
        rating.setLabel("Vurdering");
        rating.setId("floor-rating");
        TextArea comment = new TextArea("Kommentar");
        comment.setId("floor-comment");
        comment.setValueChangeMode(ValueChangeMode.EAGER); // every key is sent, as the product's co-edited texts do
        String id = UUID.randomUUID().toString();
        CollaborationBinder<Shared> binder = new CollaborationBinder<>(Shared.class, new UserInfo(id, "Bruker " + id.substring(0, 4)));
        binder.forField(rating).bind("rating");
        binder.forField(comment).bind("comment");
        binder.setTopic("floor", Shared::new);
        add(rating, comment);
    }
}
