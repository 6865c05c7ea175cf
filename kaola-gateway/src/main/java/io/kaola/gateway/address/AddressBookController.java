package io.kaola.gateway.address;

import io.kaola.gateway.auth.Caller;
import io.kaola.gateway.config.OpenApiConfig;
import io.kaola.user.api.AddressBookService;
import io.kaola.user.api.AddressView;
import io.kaola.user.api.SaveAddressRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The caller's address book (kept by kaola-user, rules in docs/address-book.md): at most 20 entries, exactly one
 * default while it is non-empty. An entry's id is what POST /api/orders takes as {@code addressId}. Another user's
 * entry answers 404, like one that does not exist.
 */
@RestController
@RequestMapping("/api/me/addresses")
@Tag(name = "Address book", description = "The caller's shipping addresses; check out with POST /api/orders {addressId}")
@SecurityRequirement(name = OpenApiConfig.BEARER)
public class AddressBookController {
    private final AddressBookService addresses;

    /** @param addresses kaola-user's AddressBookService ({@link io.kaola.gateway.config.AddressClients}) */
    public AddressBookController(AddressBookService addresses) { this.addresses = addresses; }

    /** @return the caller's entries, the default first */
    @GetMapping
    @Operation(summary = "My addresses", description = "The default first, then the most recently updated first.")
    @ApiResponse(responseCode = "200", description = "The entries (empty when none)")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    public List<AddressView> list(Caller caller) { return addresses.list(caller.userId()); }

    /** @return the caller's entry {@code id}; USER_ADDRESS_NOT_FOUND otherwise */
    @GetMapping("/{id}")
    @Operation(summary = "One of my addresses")
    @ApiResponse(responseCode = "200", description = "The entry")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    @ApiResponse(responseCode = "404", description = "USER_ADDRESS_NOT_FOUND (also for another user's entry)")
    public AddressView get(Caller caller, @PathVariable long id) { return addresses.get(caller.userId(), id); }

    /** @return the new entry (the default when it is the first) */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an address",
            description = "Fields as at checkout: consignee, province, city, district (each 1..64 characters), detail "
                    + "(1..255), phone (11 digits); no control or bidirectional-formatting character. The first entry "
                    + "becomes the default. Not idempotent: sending it twice adds two entries.")
    @ApiResponse(responseCode = "201", description = "The new entry")
    @ApiResponse(responseCode = "400", description = "USER_INVALID_ADDRESS (naming every wrong field; nothing stored)")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    @ApiResponse(responseCode = "409", description = "USER_ADDRESS_BOOK_FULL (20 entries: delete one first)")
    public AddressView create(Caller caller, @RequestBody SaveAddressRequest body) {
        return addresses.create(caller.userId(), body);
    }

    /** @return the entry with the new fields, its default flag kept */
    @PutMapping("/{id}")
    @Operation(summary = "Replace an address's fields", description = "Same fields and rules as POST; the default flag is kept.")
    @ApiResponse(responseCode = "200", description = "The entry as it is now")
    @ApiResponse(responseCode = "400", description = "USER_INVALID_ADDRESS (nothing changed)")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    @ApiResponse(responseCode = "404", description = "USER_ADDRESS_NOT_FOUND")
    public AddressView update(Caller caller, @PathVariable long id, @RequestBody SaveAddressRequest body) {
        return addresses.update(caller.userId(), id, body);
    }

    /** Deletes the entry, promoting another to default when it was the default. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an address",
            description = "When it was the default, the most recently updated other entry becomes the default.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    @ApiResponse(responseCode = "404", description = "USER_ADDRESS_NOT_FOUND (also when already deleted)")
    public void delete(Caller caller, @PathVariable long id) { addresses.delete(caller.userId(), id); }

    /** @return the entry, now the caller's only default */
    @PutMapping("/{id}/default")
    @Operation(summary = "Make an address my default", description = "The previous default stops being one.")
    @ApiResponse(responseCode = "200", description = "The entry, now the default")
    @ApiResponse(responseCode = "401", description = "COMMON_UNAUTHENTICATED")
    @ApiResponse(responseCode = "404", description = "USER_ADDRESS_NOT_FOUND")
    public AddressView makeDefault(Caller caller, @PathVariable long id) {
        return addresses.makeDefault(caller.userId(), id);
    }
}
