package io.flick.account.profile;

import java.io.IOException;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.flick.account.AccountProblem;
import io.flick.account.Blocks;
import io.flick.account.user.UserRow;
import io.flick.account.user.Users;
import io.flick.platform.CurrentUser;
import io.flick.shared.FlickException;
import io.flick.shared.UserId;
import io.flick.shared.Viewer;

@RestController
@RequestMapping("/api/v1/users")
class ProfileController {

    private final Users users;
    private final Blocks blocks;
    private final ProfileViews views;
    private final ProfileEditor editor;

    ProfileController(Users users, Blocks blocks, ProfileViews views, ProfileEditor editor) {
        this.users = users;
        this.blocks = blocks;
        this.views = views;
        this.editor = editor;
    }

    @GetMapping("/me")
    ProfileView me(@CurrentUser UserId me) {
        return views.forOwner(existing(me));
    }

    @GetMapping("/{userId}")
    ProfileView byId(@PathVariable String userId, @CurrentUser Viewer viewer) {
        return visible(users.byId(UserId.parse(userId)), viewer);
    }

    @GetMapping("/by-username/{username}")
    ProfileView byUsername(@PathVariable String username, @CurrentUser Viewer viewer) {
        String name = username.startsWith("@") ? username.substring(1) : username;
        return visible(users.byUsername(name), viewer);
    }

    @PatchMapping("/me")
    ProfileView update(@CurrentUser UserId me, @RequestBody ProfileEditor.ProfilePatch patch) {
        editor.update(me, patch);
        return me(me);
    }

    @PutMapping(path = "/me/avatar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ProfileView avatar(@CurrentUser UserId me, @RequestPart("file") MultipartFile file) throws IOException {
        editor.replaceAvatar(me, file.getInputStream());
        return me(me);
    }

    @DeleteMapping("/me/avatar")
    ProfileView removeAvatar(@CurrentUser UserId me) {
        editor.removeAvatar(me);
        return me(me);
    }

    /** A profile the viewer may not see (a block either way) is answered as if it did not exist. */
    private ProfileView visible(Optional<UserRow> user, Viewer viewer) {
        return user.filter(u -> !(viewer instanceof Viewer.Member(UserId me)) || me.equals(u.id()) || !blocks.eitherBlocks(me, u.id()))
                .map(u -> views.forViewer(u, viewer))
                .orElseThrow(ProfileController::notFound);
    }

    private UserRow existing(UserId user) {
        return users.byId(user).orElseThrow(ProfileController::notFound);
    }

    static FlickException notFound() {
        return new FlickException(AccountProblem.USER_NOT_FOUND, "There is no such user.");
    }
}
